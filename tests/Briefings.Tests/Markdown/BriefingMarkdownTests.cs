using System.Globalization;
using AngleSharp.Html.Parser;
using Briefings.Markdown;
using Briefings.Tests.Support;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Tests.Markdown;

public sealed class BriefingMarkdownTests
{
    /// <summary>Bodies where AutoLinks links something, nearly does, or must not: each must parse as the full pipeline parses it.</summary>
    public static TheoryData<string> Bodies =>
    [
        "Plain text with no address at all: who, what, when, where, how.\n",
        "See https://example.org/report for the report.\n",
        "Mixed CASE: HTTPS://EXAMPLE.ORG/X and Http://example.org/y.\n",
        "Old sites: www.example.org, ftp://files.example.org/a.zip, mailto:desk@example.org and tel:+3212345678.\n",
        "[Financial Times reported](https://www.ft.com/content/1) that, per <https://example.org/angle>, talks stalled.\n",
        "Inside code: `https://example.org/code` and\n\n```\nwww.example.org in a fence\n```\n",
        "Raw HTML: <a href=\"https://example.org/raw\">https://example.org/inside-anchor</a> then www.example.org.\n",
        "*https://example.org/emphasised* and **www.example.org** and _(www.example.org)_.\n",
        "An unclosed link [label](https://example.org/unclosed and more text.\n",
        "(https://example.org/in-parens) and xhttps://example.org/mid-word and http\\://escaped.example.org.\n",
        "| site | note |\n|---|---|\n| https://example.org/cell | www.example.org |\n",
        "## Heading with https://example.org/heading\n\n> Quoted www.example.org\n> - listed https://example.org/list\n",
        "*[HTML]: Hyper Text Markup Language\n\nHTML pages at https://example.org/abbr and HTML alone.\n",
        "*[NATO]: North Atlantic Treaty Organization\n\nNATO met. No address here.\n",
        "A footnote[^1] and ![a picture of https://example.org/alt](/images/p.png).\n\n[^1]: Source: https://example.org/note\n",
        "- [ ] task www.example.org\n- [x] done\n\nTerm\n:   Definition with https://example.org/def\n",
        "Reference [link][ref] only.\n\n[ref]: https://example.org/reference\n",
        "Hotel: the hotel:tel:123 at whttps://x and ftp:/broken and mailto:nobody.\n",
        "---\ntitle: With front matter\nvideo: https://www.youtube.com/watch?v=1\n---\nBody without an address.\n",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_body_parses_to_the_same_html_as_with_the_full_pipeline(string body) =>
        Assert.Equal(Html(Markdig.Markdown.Parse(body, MarkdownPipelines.Briefing)), Html(BriefingMarkdown.Parse(body)));

    [Fact]
    public void Every_sample_briefing_parses_to_the_same_html_as_with_the_full_pipeline()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "content", "briefings"), "*.md");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.Equal(Html(Markdig.Markdown.Parse(text, MarkdownPipelines.Briefing)), Html(BriefingMarkdown.Parse(text)));
        }
    }

    [Fact]
    public void A_bare_url_still_becomes_a_link()
    {
        var document = new HtmlParser().ParseDocument(Html(BriefingMarkdown.Parse("Read it at https://example.org/report today.\n")));

        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("https://example.org/report", link.GetAttribute("href"));
        Assert.Equal("https://example.org/report", link.TextContent);
    }

    [Theory]
    [InlineData("No address here.\n", false)]
    [InlineData("[A link](https://example.org/a) and `https://example.org/code`.\n", false)]
    [InlineData("---\nvideo: https://www.youtube.com/watch?v=1\n---\nNo address in the body.\n", false)]
    [InlineData("Bare https://example.org/a here.\n", true)]
    [InlineData("Half an address: www.\n", true)]
    [InlineData("*[HTML]: Hyper Text Markup Language\n\n[HTML](https://example.org/a)\n", true)]
    public void Only_a_body_with_a_url_prefix_in_its_text_is_parsed_again_with_autolinks(string body, bool again) =>
        Assert.Equal(again, BriefingMarkdown.MayAutoLink(body, Markdig.Markdown.Parse(body, MarkdownPipelines.BriefingWithoutAutoLinks)));

    private static string Html(MarkdownDocument document)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelines.Briefing.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
