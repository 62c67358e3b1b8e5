using Briefings.FrontMatter;
using Briefings.Markdown;
using Briefings.Site;

namespace Briefings.MicroBenchmarks;

/// <summary>The repository's sample site (site.yml, content/, templates/): real briefings, real templates.</summary>
public static class SampleSite
{
    public static string Root { get; } = FindRoot();

    public static SiteSettings Settings { get; } = SiteSettingsReader.Read(File.ReadAllText(Path.Combine(Root, SiteSettings.FileName)), SiteSettings.FileName, []);

    /// <summary>Every sample briefing as (relative path, text), in ordinal order.</summary>
    public static IReadOnlyList<(string File, string Text)> Briefings { get; } =
        [.. Directory.GetFiles(Path.Combine(Root, "content", "briefings"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(Root, path).Replace('\\', '/'), File.ReadAllText(path)))];

    /// <summary>The sample briefings' bodies rendered to HTML, as the Content pipeline renders them.</summary>
    public static IReadOnlyList<string> BodiesHtml() =>
        [.. Briefings.Select(b => Markdig.Markdown.ToHtml(FrontMatterSplitter.Split(b.Text, b.File, BriefingMarkdown.Parse).Body, MarkdownPipelines.Briefing))];

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Briefings.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository: Briefings.sln was not found above " + AppContext.BaseDirectory);
    }
}
