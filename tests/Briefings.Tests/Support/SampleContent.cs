using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Briefings.Tests.Support;

/// <summary>
/// The sample content read independently of the generator (plain YamlDotNet over the files), so tests
/// compare pages with what editors wrote, not with the generator's own model.
/// </summary>
public static class SampleContent
{
    public sealed record FrontMatter(string Slug, string Type, string? Section, string? Author, DateTimeOffset Date);

    public static IReadOnlyList<FrontMatter> Briefings { get; } = ReadBriefings();

    /// <summary>The sections listed in site.yml, in order, and the default.</summary>
    public static (IReadOnlyList<(string Id, string Name)> Sections, string Default, string RailSection, int RailSize) Settings { get; } = ReadSettings();

    /// <summary>Briefings newest first, equal dates in slug order (the site's order).</summary>
    public static IEnumerable<FrontMatter> NewestFirst => Briefings.OrderByDescending(b => b.Date.UtcDateTime).ThenBy(b => b.Slug, StringComparer.Ordinal);

    public static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static string? Value(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static List<FrontMatter> ReadBriefings() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content", "briefings"), "*.md")
            .Select(file =>
            {
                var text = File.ReadAllText(file);
                var yaml = text.Split("\n---", 2)[0].TrimStart('-', '\n', '\r');
                var fields = Load(yaml);
                return new FrontMatter(
                    Path.GetFileNameWithoutExtension(file),
                    Value(fields, "type") ?? "article",
                    Value(fields, "section"),
                    Value(fields, "author"),
                    DateTimeOffset.Parse(Value(fields, "date")!, CultureInfo.InvariantCulture));
            })
            .ToList();

    private static (IReadOnlyList<(string, string)>, string, string, int) ReadSettings()
    {
        var root = Load(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "site.yml")));
        var sections = ((YamlSequenceNode)root.Children[new YamlScalarNode("sections")]).Children
            .Cast<YamlMappingNode>()
            .Select(s => (Value(s, "id")!, Value(s, "name")!))
            .ToList();
        var rail = (YamlMappingNode)root.Children[new YamlScalarNode("rail")];
        return (sections, Value(root, "default_section")!, Value(rail, "section")!, int.Parse(Value(rail, "size")!, CultureInfo.InvariantCulture));
    }
}
