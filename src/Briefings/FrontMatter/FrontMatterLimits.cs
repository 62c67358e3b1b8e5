using Briefings.Engine.Diagnostics;
using Briefings.Site;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.FrontMatter;

/// <summary>
/// Bounds front matter while YamlDotNet's representation model loads it: a parser that counts the events
/// it hands the loader, so the YAML is scanned once. The model is built recursively, so very deep nesting
/// would overflow the stack, which ends the process and cannot be caught; the depth is refused when the
/// too-deep node starts, before the model descends into it. Aliases, though kept as shared references,
/// multiply the work of anything that walks or compares nodes ("billion laughs"). Real front matter is a
/// couple of levels deep and a few hundred nodes.
/// </summary>
public sealed class FrontMatterLimits : IParser
{
    public const int MaxLength = 64 * 1024;
    public const int MaxDepth = 32;

    /// <summary>Nodes counted with every alias expanded.</summary>
    public const long MaxNodes = 10_000;

    private readonly Parser _parser;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly Dictionary<string, long> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long Nodes)> _open = new();
    private long _total;
    private bool _parserFailed;

    /// <summary>A parser over <paramref name="yaml"/>; throws a located diagnostic when it is longer than <see cref="MaxLength"/>.</summary>
    public FrontMatterLimits(string yaml, string file, int lineOffset)
    {
        if (yaml.Length > MaxLength)
        {
            throw Error($"The front matter is longer than {MaxLength / 1024} KB.", file, lineOffset, null, "keep long text in the body");
        }

        _parser = new Parser(new StringReader(yaml));
        _file = file;
        _lineOffset = lineOffset;
    }

    public ParsingEvent? Current => _parser.Current;

    /// <summary>Moves to the next event; throws a located diagnostic when it nests too deep or expands to too many nodes.</summary>
    public bool MoveNext()
    {
        bool moved;
        try
        {
            moved = _parser.MoveNext();
        }
        catch
        {
            _parserFailed = true;
            throw;
        }

        if (moved)
        {
            Count(_parser.Current!);
        }

        return moved;
    }

    /// <summary>
    /// After the loader refused what it read (a duplicate key, an unknown alias), reads the rest of the
    /// events, so a limit broken further on is still reported first: a hostile file gets the same
    /// diagnostic whether or not it is also invalid. Not valid YAML from here on: loading reported it.
    /// </summary>
    public void CheckRest()
    {
        if (_parserFailed)
        {
            return;
        }

        try
        {
            while (MoveNext())
            {
            }
        }
        catch (Exception e) when (e is YamlException || FrontMatterSplitter.IsYamlDotNetFailure(e))
        {
        }
    }

    private void Count(ParsingEvent current)
    {
        var nodes = 0L;
        switch (current)
        {
            case SequenceStart or MappingStart:
                if (_open.Count == MaxDepth)
                {
                    throw Error($"The front matter is nested deeper than {MaxDepth} levels.", _file, Line(current), Column(current), "front matter is a flat list of fields");
                }

                _open.Push((Anchor((NodeEvent)current), 1));
                return;
            case SequenceEnd or MappingEnd:
                var (anchor, count) = _open.Pop();
                Remember(anchor, count);
                nodes = count;
                break;
            case Scalar scalar:
                Remember(Anchor(scalar), 1);
                nodes = 1;
                break;
            case AnchorAlias alias:
                nodes = _anchors.GetValueOrDefault(alias.Value.Value, 1);
                break;
        }

        if (_open.Count > 0)
        {
            var (anchor, count) = _open.Pop();
            _open.Push((anchor, Math.Min(count + nodes, MaxNodes + 1)));
        }
        else
        {
            _total += nodes;
        }

        if (_total > MaxNodes || (_open.Count > 0 && _open.Peek().Nodes > MaxNodes))
        {
            throw Error($"The front matter expands to more than {MaxNodes:N0} values (through aliases).", _file, Line(current), Column(current), "write the values out instead of repeating anchors");
        }
    }

    private static string? Anchor(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

    private void Remember(string? anchor, long nodes)
    {
        if (anchor is not null)
        {
            _anchors[anchor] = nodes;
        }
    }

    private int Line(ParsingEvent e) => (int)e.Start.Line + _lineOffset;

    private static int Column(ParsingEvent e) => (int)e.Start.Column;

    private static BuildException Error(string message, string file, int line, int? column, string hint) =>
        new(Diagnostic.Error(DiagnosticCodes.FrontMatterTooComplex, message, file, line, column, hint));
}
