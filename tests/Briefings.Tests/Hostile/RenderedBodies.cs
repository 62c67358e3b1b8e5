using Briefings.Markdown;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>Real bodies to check markup handling on: every hostile fixture and sample briefing, as Markdig renders it.</summary>
internal static class RenderedBodies
{
    /// <summary>Each file's rendered body; a fixture nested too deeply to render (refused before sanitizing) is left out.</summary>
    public static List<string> OfFixturesAndSamples() => [.. Files().Select(file => Rendered(File.ReadAllText(file))).OfType<string>()];

    /// <summary>Every hostile fixture's and sample briefing's Markdown file.</summary>
    public static List<string> Files()
    {
        var files = Directory.EnumerateFiles(HostileFixtureTests.Root, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content", "briefings"), "*.md"))
            .ToList();

        Assert.True(files.Count > 50, $"only {files.Count} files found");
        return files;
    }

    private static string? Rendered(string markdown)
    {
        try
        {
            return Markdig.Markdown.ToHtml(markdown, MarkdownPipelines.Briefing);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
