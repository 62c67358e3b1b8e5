using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Briefings.Tests.Support;

/// <summary>
/// The sample briefings' front matter read directly with YamlDotNet, independently of the site's own
/// reader, so tests can compare what the site shows with what the editors wrote.
/// </summary>
public sealed record SampleFrontMatter(string Slug, DateTimeOffset Date, string Type, IReadOnlyList<string> Tags)
{
    public static IReadOnlyList<SampleFrontMatter> All { get; } = Read();

    /// <summary>The sample's page size, from site.yml.</summary>
    public static int PageSize { get; } = int.Parse(Scalar(Load(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "site.yml"))), "page_size")!, CultureInfo.InvariantCulture);

    /// <summary>Slugs newest first, equal dates in slug order.</summary>
    public static IReadOnlyList<string> NewestFirst { get; } =
        [.. All.OrderByDescending(b => b.Date.UtcDateTime).ThenBy(b => b.Slug, StringComparer.Ordinal).Select(b => b.Slug)];

    private static List<SampleFrontMatter> Read() =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content", "briefings"), "*.md").Order(StringComparer.Ordinal).Select(ReadFile)];

    private static SampleFrontMatter ReadFile(string path)
    {
        var lines = File.ReadAllLines(path);
        var end = Array.IndexOf(lines, "---", 1);
        var root = Load(string.Join('\n', lines[1..end]));
        Assert.Null(Scalar(root, "draft"));
        Assert.Null(Scalar(root, "slug"));
        var tags = root.Children.TryGetValue(new YamlScalarNode("tags"), out var node) ? ((YamlSequenceNode)node).Children.Select(t => ((YamlScalarNode)t).Value!).ToList() : [];
        return new SampleFrontMatter(
            Path.GetFileNameWithoutExtension(path),
            DateTimeOffset.Parse(Scalar(root, "date")!, CultureInfo.InvariantCulture),
            Scalar(root, "type") ?? "article",
            tags);
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
