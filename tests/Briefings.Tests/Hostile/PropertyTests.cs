using System.IO.Abstractions.TestingHelpers;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Briefings.Engine.Output;
using Briefings.Safety;
using Briefings.Site;
using Briefings.Slugs;
using Briefings.Tests.Support;
using CsCheck;

namespace Briefings.Tests.Hostile;

/// <summary>
/// Properties over generated input: arbitrary front matter and Markdown (YAML-ish and HTML-ish fragments
/// mixed with arbitrary text) go through the whole site build in memory without an unhandled exception,
/// never put script in a page, and give the same bytes every time; any text slugifies to a safe segment.
/// Iterations are bounded so the suite stays fast.
/// </summary>
public sealed partial class PropertyTests
{
    private const string Root = "/site";
    private const string Output = "/out";

    private static readonly string[] YamlFragments =
    [
        "title: ", "date: ", "type: ", "tags: ", "slug: ", "image:\n  src: ", "\n  alt: ", "video:\n  src: ", "summary: ", "related: ",
        "2024-02-30T09:00:00+00:00", "2025-01-01T09:00:00+00:00", "2025-01-01", "[", "]", "{", "}", "&a ", "*a", "!!str ", "|\n  ", ">\n  ",
        "\"", "'", "#", ": ", "- ", "\t", "\n", "  ", "---", "...", "~", "null", "true", "video", "quote", "con", "../x", "javascript:alert(1)",
        "data:x", "https://www.youtube.com/embed/x", "images/drone.svg", "<script>", "</script>", "&amp;", "\\0", "\ufeff", "\r\n",
    ];

    private static readonly string[] MarkdownFragments =
    [
        "<script>alert(1)</script>", "<script", "</script>", "<iframe src=\"https://evil.example/\">", "<iframe src=\"https://www.youtube.com/embed/x\">",
        "</iframe>", " onerror=alert(1)", " onclick=\"x()\"", "javascript:alert(1)", "java\tscript:", "data:text/html,<script>alert(1)</script>",
        "[a](", "![i](", ")", "{onclick=alert(1)}", "{#id .class}", "<div>", "</div>", "<a href=\"", "\">", "<img src=x", "<style>", "<form>",
        "<svg onload=alert(1)>", "<!--", "-->", "<details><summary>s</summary>", "</details>", "`", "```\n", "*", "_", "> ", "- ", "1. ",
        "| a | b |\n|---|---|\n", "\n", "\n\n", "&", "&#x6A;", "<", ">", "\"", "$x$", "^^^ ", "[^1]", "<https://example.org>", "\0",
    ];

    private static readonly Dictionary<string, MockFileData> BaseSite = ReadBaseSite();

    private static Gen<string> Text(string[] fragments, int maxParts) =>
        Gen.OneOf(Gen.OneOf(fragments), Gen.String[0, 6], Gen.String[Gen.Char["<>&\"'=:/ abc\n"], 0, 6])
            .Array[0, maxParts]
            .Select(string.Concat);

    /// <summary>Mostly well-formed front matter with hostile values, sometimes arbitrary YAML-ish text, then a hostile body.</summary>
    private static readonly Gen<string> File =
        Gen.Select(
            Text(YamlFragments, 6),
            Text(YamlFragments, 6),
            Text(YamlFragments, 12),
            Text(MarkdownFragments, 20),
            Gen.Bool,
            (title, summary, extra, body, wellFormed) => wellFormed
                ? $"---\ntitle: \"{Escape(title)}\"\ndate: 2025-01-01T09:00:00+00:00\nsummary: '{summary.Replace("'", "''", StringComparison.Ordinal)}'\n---\n{body}"
                : $"---\n{extra}\n---\n{body}");

    [Fact]
    public void Arbitrary_briefings_never_throw_and_never_put_script_in_a_page()
    {
        var published = 0;
        File.Sample(
            text =>
            {
                var (report, pages) = Build(text);
                published += report.Published ? 1 : 0;
                Assert.DoesNotContain(report.Diagnostics, d => d.Code.StartsWith("PIPE", StringComparison.Ordinal));
                Assert.All(report.Diagnostics, d => Assert.Equal("content/briefings/item.md", d.File));
                foreach (var (path, html) in pages.Where(p => p.Key.EndsWith(".html", StringComparison.Ordinal)))
                {
                    var problems = ContentSafetyScan.Problems(new HtmlParser().ParseDocument(html), "/", EmbedHosts.Defaults);
                    Assert.True(problems.Count == 0, $"{path}: {string.Join("; ", problems)}");
                }
            },
            iter: 150,
            threads: 1);

        // The scan means something only if many generated briefings get through to pages.
        Assert.InRange(published, 30, 150);
    }

    [Fact]
    public void The_same_briefing_always_builds_to_the_same_bytes() =>
        File.Sample(
            text =>
            {
                var (first, firstPages) = Build(text);
                var (second, secondPages) = Build(text);
                Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
                Assert.Equal(firstPages, secondPages);
            },
            iter: 40,
            threads: 1);

    [Fact]
    public void Any_text_slugifies_to_a_safe_single_path_segment() =>
        Gen.OneOf(Gen.String, Gen.String[Gen.Char["./\\:\0 CONULAXcomlpt1-é中😀\u0301\ud800"], 0, 20], Text(YamlFragments, 5)).Sample(
            text =>
            {
                var slug = Slugger.Slugify(text);
                Assert.Matches(SlugShape(), slug);
                Assert.True(slug.Length <= 82, slug);
                Assert.False(Slugger.IsDeviceName(slug), slug);
                Assert.Equal(slug, Slugger.Slugify(slug));
                if (slug.Length > 0)
                {
                    Assert.True(Slugger.IsSlug(slug));
                    Assert.Null(OutputPath.FindProblem(slug + "/index.html"));
                }
            },
            iter: 5000);

    private static (BuildReport Report, SortedDictionary<string, string> Pages) Build(string briefing)
    {
        var fileSystem = new MockFileSystem(BaseSite);
        fileSystem.AddFile($"{Root}/content/briefings/item.md", new MockFileData(briefing));
        var report = new SiteBuilder(fileSystem)
            .BuildAsync(Root, Output, new BuildOptions { Now = BuiltSite.Now }, serial: true, TestContext.Current.CancellationToken)
            .GetAwaiter()
            .GetResult();
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (fileSystem.Directory.Exists(Output))
        {
            foreach (var path in fileSystem.Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories))
            {
                pages[path] = fileSystem.File.ReadAllText(path);
            }
        }

        return (report, pages);
    }

    private static Dictionary<string, MockFileData> ReadBaseSite()
    {
        var files = new Dictionary<string, MockFileData>(StringComparer.Ordinal)
        {
            [$"{Root}/site.yml"] = new(System.IO.File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "site.yml"))),
        };
        foreach (var folder in new[] { "templates", "content/images" })
        {
            var from = Path.Combine(RepositoryRoot.Path, folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                files[$"{Root}/{folder}/{Path.GetRelativePath(from, file).Replace('\\', '/')}"] = new(System.IO.File.ReadAllBytes(file));
            }
        }

        return files;
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    [GeneratedRegex("^([a-z0-9]+(-[a-z0-9]+)*)?$")]
    private static partial Regex SlugShape();
}
