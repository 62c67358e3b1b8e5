using Briefings.Engine.Diagnostics;
using Briefings.Site;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.FrontMatter;

/// <summary>
/// Bounds front matter before YamlDotNet's representation model loads it, in one streaming pass over
/// the parser's events (which keeps no recursion of its own). The model is built recursively, so very
/// deep nesting would overflow the stack, which ends the process and cannot be caught; and aliases,
/// though kept as shared references, multiply the work of anything that walks or compares nodes
/// ("billion laughs"). Real front matter is a couple of levels deep and a few hundred nodes.
/// </summary>
public static class FrontMatterLimits
{
    public const int MaxLength = 64 * 1024;
    public const int MaxDepth = 32;

    /// <summary>Nodes counted with every alias expanded.</summary>
    public const long MaxNodes = 10_000;

    /// <summary>Throws a located diagnostic when the front matter is too large, too deep or expands to too many nodes.</summary>
    public static void Check(string yaml, string file, int lineOffset)
    {
        if (yaml.Length > MaxLength)
        {
            throw Error($"The front matter is longer than {MaxLength / 1024} KB.", file, lineOffset, null, "keep long text in the body");
        }

        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Nodes)>();
        var total = 0L;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                var nodes = 0L;
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart:
                        if (open.Count == MaxDepth)
                        {
                            throw Error($"The front matter is nested deeper than {MaxDepth} levels.", file, Line(parser.Current, lineOffset), Column(parser.Current), "front matter is a flat list of fields");
                        }

                        open.Push((Anchor((NodeEvent)parser.Current), 1));
                        continue;
                    case SequenceEnd or MappingEnd:
                        var (anchor, count) = open.Pop();
                        Remember(anchors, anchor, count);
                        nodes = count;
                        break;
                    case Scalar scalar:
                        Remember(anchors, Anchor(scalar), 1);
                        nodes = 1;
                        break;
                    case AnchorAlias alias:
                        nodes = anchors.GetValueOrDefault(alias.Value.Value, 1);
                        break;
                }

                if (open.Count > 0)
                {
                    var (anchor, count) = open.Pop();
                    open.Push((anchor, Math.Min(count + nodes, MaxNodes + 1)));
                }
                else
                {
                    total += nodes;
                }

                if (total > MaxNodes || (open.Count > 0 && open.Peek().Nodes > MaxNodes))
                {
                    throw Error($"The front matter expands to more than {MaxNodes:N0} values (through aliases).", file, Line(parser.Current!, lineOffset), Column(parser.Current!), "write the values out instead of repeating anchors");
                }
            }
        }
        catch (Exception e) when (e is YamlException || FrontMatterSplitter.IsYamlDotNetFailure(e))
        {
            // Not valid YAML: loading it reports the problem, with its position, the usual way.
        }
    }

    private static string? Anchor(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

    private static void Remember(Dictionary<string, long> anchors, string? anchor, long nodes)
    {
        if (anchor is not null)
        {
            anchors[anchor] = nodes;
        }
    }

    private static int Line(ParsingEvent e, int lineOffset) => (int)e.Start.Line + lineOffset;

    private static int Column(ParsingEvent e) => (int)e.Start.Column;

    private static BuildException Error(string message, string file, int line, int? column, string hint) =>
        new(Diagnostic.Error(DiagnosticCodes.FrontMatterTooComplex, message, file, line, column, hint));
}
