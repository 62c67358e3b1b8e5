using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Briefings.Markdown;
using Briefings.Safety;
using Briefings.Site;
using Briefings.Slugs;

namespace Briefings.Tests.Hostile;

public sealed class SanitizerTests
{
    private static readonly BodySanitizer Sanitizer = new(EmbedHosts.Defaults);

    [Theory]
    [InlineData("markdown-script")]
    [InlineData("markdown-event-handlers")]
    [InlineData("markdown-javascript-urls")]
    [InlineData("markdown-data-urls")]
    [InlineData("iframe-unknown-host")]
    public void The_hostile_markdown_cases_are_caught_by_the_scan_before_sanitizing_and_clean_after(string name)
    {
        var file = Directory.EnumerateFiles(Path.Combine(HostileFixtureTests.Root, name, "content", "briefings"), "*.md").Single();
        var rendered = Markdig.Markdown.ToHtml(File.ReadAllText(file), MarkdownPipelines.Briefing);

        Assert.NotEmpty(Scan(rendered));
        Assert.Empty(Scan(Sanitizer.Sanitize(rendered)));
    }

    [Fact]
    public void Sanitizing_is_deterministic_and_idempotent()
    {
        const string html = "<p class=\"x\" onclick=\"a()\">Hi <a href=\"https://example.org\" target=\"_blank\">there</a></p><iframe src=\"https://player.vimeo.com/video/1\"></iframe>";
        var once = Sanitizer.Sanitize(html);

        Assert.Equal(once, Sanitizer.Sanitize(html));
        Assert.Equal(once, Sanitizer.Sanitize(once));
        Assert.Equal(
            "<p class=\"x\">Hi <a href=\"https://example.org\">there</a></p><iframe src=\"https://player.vimeo.com/video/1\" title=\"Embedded video\" allow=\"encrypted-media; picture-in-picture; fullscreen\" allowfullscreen=\"\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\" sandbox=\"allow-scripts allow-same-origin allow-presentation allow-popups\"></iframe>",
            once);
    }

    [Fact]
    public void Sanitizing_in_parallel_gives_the_same_output_as_in_series()
    {
        var inputs = Enumerable.Range(0, 200).Select(i => $"<p onclick=\"x()\">{i} <a href=\"javascript:alert({i})\">a</a> <b>b</b></p><script>{i}</script>").ToList();
        var serial = inputs.Select(Sanitizer.Sanitize).ToList();
        var parallel = inputs.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(Sanitizer.Sanitize).ToList();

        Assert.Equal(serial, parallel);
    }

    [Fact]
    public void A_site_without_embeds_removes_every_frame()
    {
        var none = new BodySanitizer([]);
        var html = none.Sanitize("<iframe src=\"https://www.youtube.com/embed/x\"></iframe><p>text</p>");

        Assert.Equal("<p>text</p>", html);
    }

    [Theory]
    [InlineData("https://www.youtube.com/embed/x", true)]
    [InlineData("https://www.youtube-nocookie.com/embed/x", true)]
    [InlineData("https://youtube-nocookie.com/embed/x", true)]
    [InlineData("https://player.vimeo.com/video/1", true)]
    [InlineData("http://www.youtube.com/embed/x", false)]
    [InlineData("https://youtube.com/embed/x", false)]
    [InlineData("https://www.youtube.com.evil.example/embed/x", false)]
    [InlineData("https://evilyoutube-nocookie.com/embed/x", false)]
    [InlineData("//www.youtube.com/embed/x", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Embeds_come_only_over_https_from_listed_hosts_and_their_subdomains(string url, bool allowed) =>
        Assert.Equal(allowed, EmbedHosts.Allows(EmbedHosts.Defaults, url));

    [Theory]
    [InlineData("images/port.svg", null)]
    [InlineData("/images/port.svg", null)]
    [InlineData("https://example.org/a.png", null)]
    [InlineData("http://example.org/a.png", null)]
    [InlineData("javascript:alert(1)", "scheme")]
    [InlineData("JavaScript:alert(1)", "scheme")]
    [InlineData("java\tscript:alert(1)", "control")]
    [InlineData("data:image/png;base64,AAAA", "scheme")]
    [InlineData("vbscript:msgbox", "scheme")]
    [InlineData("file:///etc/passwd", "scheme")]
    [InlineData("//evil.example/a.png", "another site")]
    [InlineData("images\\port.svg", "backslash")]
    [InlineData("https:evil", "scheme")]
    public void Editor_urls_are_http_or_relative(string url, string? problem)
    {
        var found = EditorUrl.Problem(url);
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.NotNull(found);
            Assert.Contains(problem == "scheme" ? "only http and https" : problem, found, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("embeds: [www.youtube.com, player.vimeo.com]", true)]
    [InlineData("embeds: []", true)]
    [InlineData("embeds: [https://www.youtube.com/]", false)]
    [InlineData("embeds: ['*.youtube.com']", false)]
    [InlineData("embeds: [WWW.YOUTUBE.COM]", false)]
    [InlineData("embeds: [localhost]", false)]
    [InlineData("embeds: www.youtube.com", false)]
    public void Embed_hosts_in_site_yml_are_plain_host_names(string yaml, bool valid)
    {
        var diagnostics = new List<Engine.Diagnostics.Diagnostic>();
        var settings = SiteSettingsReader.Read(yaml, SiteSettings.FileName, diagnostics);

        Assert.Equal(valid, diagnostics.Count == 0);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.InvalidConfiguration, 1), (d.Code, d.Line ?? 0)));
        if (valid)
        {
            Assert.Equal(yaml.Contains("vimeo", StringComparison.Ordinal) ? ["player.vimeo.com", "www.youtube.com"] : ImmutableArray<string>.Empty, settings.Embeds);
        }
    }

    [Theory]
    [InlineData("CON", "con-1")]
    [InlineData("nul", "nul-1")]
    [InlineData("Com1", "com1-1")]
    [InlineData("LPT9", "lpt9-1")]
    [InlineData("aux.md", "aux-md")]
    [InlineData("console", "console")]
    public void Device_names_never_become_slugs(string text, string slug)
    {
        Assert.Equal(slug, Slugger.Slugify(text));
        Assert.False(Slugger.IsSlug(text.ToLowerInvariant()) && Slugger.IsDeviceName(text.ToLowerInvariant()));
    }

    private static IReadOnlyList<string> Scan(string body) =>
        ContentSafetyScan.Problems(new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{body}</body></html>"), "/", EmbedHosts.Defaults);
}
