using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Briefings.Engine.Diagnostics;
using Briefings.Site;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.FrontMatter;

/// <summary>
/// Typed access to a YAML mapping that reports, instead of throwing, every value of the wrong shape,
/// located at the value's own line and column. Tracks which keys were read so the rest can be
/// reported as unknown.
/// </summary>
public sealed class YamlFields(YamlMappingNode mapping, string file, int lineOffset, List<Diagnostic> diagnostics)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public string File => file;

    public List<Diagnostic> Diagnostics => diagnostics;

    public bool Has(string key) => Find(key) is not null;

    public int LineOf(string key) => Find(key) is { } node ? Line(node.Start) : lineOffset;

    public int Line(Mark mark) => (int)mark.Line + lineOffset;

    public string? String(string key, bool required = false, string? requiredHint = null)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Report(DiagnosticCodes.MissingField, $"'{key}' is required.", lineOffset, null, requiredHint);
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Report(DiagnosticCodes.WrongType, $"'{key}' must be a single text value, not a {Shape(node)}.", node);
            return null;
        }

        var value = scalar.Value?.Trim();
        if (required && string.IsNullOrEmpty(value))
        {
            Report(DiagnosticCodes.MissingField, $"'{key}' is required and must not be empty.", node);
            return null;
        }

        return string.IsNullOrEmpty(value) ? null : value;
    }

    public bool Boolean(string key)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            return false;
        }

        if (node is YamlScalarNode { Value: { } value } && bool.TryParse(value, out var result))
        {
            return result;
        }

        Report(DiagnosticCodes.WrongType, $"'{key}' must be true or false.", node);
        return false;
    }

    /// <summary>A list of text values; a single text value is reported (tags: a, b is a common slip).</summary>
    public ImmutableArray<(string Value, int Line)> List(string key)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(DiagnosticCodes.WrongType, $"'{key}' must be a list, such as [first, second] or one '- item' line each.", node);
            return [];
        }

        var items = ImmutableArray.CreateBuilder<(string, int)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                items.Add((value.Trim(), Line(item.Start)));
            }
            else
            {
                Report(DiagnosticCodes.WrongType, $"Every item of '{key}' must be a single text value.", item);
            }
        }

        return items.ToImmutable();
    }

    /// <summary>A nested mapping, read with the same rules; null when absent or of the wrong shape.</summary>
    public YamlFields? Mapping(string key)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is not YamlMappingNode nested)
        {
            Report(DiagnosticCodes.WrongType, $"'{key}' must be a group of 'key: value' lines indented under it.", node);
            return null;
        }

        return new YamlFields(nested, file, lineOffset, diagnostics);
    }

    /// <summary>The keys present that were never read, with their nodes.</summary>
    public IEnumerable<(string Key, YamlNode Node)> Unread() =>
        mapping.Children
            .Where(pair => pair.Key is YamlScalarNode { Value: { } key } && !_read.Contains(key))
            .Select(pair => (((YamlScalarNode)pair.Key).Value!, pair.Key));

    public void Report(string code, string message, YamlNode node, string? hint = null) =>
        Report(code, message, Line(node.Start), (int)node.Start.Column, hint);

    public void Report(string code, string message, int line, int? column = null, string? hint = null) =>
        diagnostics.Add(Diagnostic.Error(code, message, file, line, column, hint));

    public void Warn(string code, string message, YamlNode node, string? hint = null) =>
        diagnostics.Add(Diagnostic.Warning(code, message, file, Line(node.Start), (int)node.Start.Column, hint));

    /// <summary>
    /// The value of <paramref name="key"/>, one of the reader's own key names. The plain scalar the mapping is
    /// searched with is made once per name and shared read-only (a scalar node's equality and hash read only its
    /// tag and value): a briefing looks up about 25 keys.
    /// </summary>
    public YamlNode? Find(string key)
    {
        _read.Add(key);
        return Find(KeyNodes.GetOrAdd(key, static name => new YamlScalarNode(name)));
    }

    /// <summary>The value of a key the file itself names (an unknown key): not kept, as such names are not a bounded set.</summary>
    public YamlNode? FindWritten(string key)
    {
        _read.Add(key);
        return Find(new YamlScalarNode(key));
    }

    private YamlNode? Find(YamlScalarNode key) => mapping.Children.TryGetValue(key, out var node) ? node : null;

    private static readonly ConcurrentDictionary<string, YamlScalarNode> KeyNodes = new(StringComparer.Ordinal);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" };

    private static string Shape(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "group of keys",
        _ => node.NodeType.ToString().ToLower(CultureInfo.InvariantCulture),
    };
}
