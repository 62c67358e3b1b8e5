using System.Runtime.InteropServices;
using AngleSharp.Html.Parser;
using Briefings.Markdown;
using Markdig;
using Markdig.Renderers;

namespace Briefings.Tests.Markdown;

public sealed class ReusableHtmlRendererTests
{
    private static readonly string[] Bodies =
    [
        "# Heading\n\nA paragraph with [a link](/other-briefing/) and *emphasis*.\n",
        "> A quote\n> - with a list\n>   - nested deeper\n\n```\ncode, indented\n```\n",
        string.Empty,
        "| a | b |\n|---|---|\n| 1 | 2 |\n\nLast line without a newline",
        "Just [one link](https://example.org/) to end.",
    ];

    [Fact]
    public void Each_body_renders_exactly_as_a_fresh_renderer_would_whatever_came_before()
    {
        var reused = new ReusableHtmlRenderer(Rewrite);

        foreach (var body in Bodies.Concat(Bodies.Reverse()))
        {
            Assert.Equal(Fresh(body), reused.ToHtml(Markdig.Markdown.Parse(body, MarkdownPipelines.Briefing)));
        }
    }

    [Fact]
    public void Rendered_behind_a_prefix_each_body_is_the_same_html_at_the_end_of_the_renderers_buffer_starting_with_it()
    {
        const string prefix = "<!doctype html><html><body>";
        var reused = new ReusableHtmlRenderer(Rewrite);
        var longBody = string.Concat(Enumerable.Repeat("A paragraph that is long enough to grow every buffer.\n\n", 400));

        foreach (var body in Bodies.Append(longBody).Concat(Bodies.Reverse()))
        {
            var html = reused.ToHtml(Markdig.Markdown.Parse(body, MarkdownPipelines.Briefing), prefix);

            Assert.Equal(Fresh(body), html.ToString());
            Assert.True(MemoryMarshal.TryGetArray(html, out var segment));
            Assert.Equal(prefix.Length, segment.Offset);
            Assert.Equal(prefix, new string(segment.Array!, 0, prefix.Length));
        }
    }

    [Fact]
    public void Root_relative_links_go_through_the_link_rewriter()
    {
        var html = new ReusableHtmlRenderer(Rewrite).ToHtml(Markdig.Markdown.Parse(Bodies[0], MarkdownPipelines.Briefing));

        var link = new HtmlParser().ParseDocument(html).QuerySelector("a")!;
        Assert.Equal("/base/other-briefing/", link.GetAttribute("href"));
    }

    private static string Rewrite(string url) => url.StartsWith('/') ? "/base" + url : url;

    private static string Fresh(string body)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { LinkRewriter = Rewrite };
        MarkdownPipelines.Briefing.Setup(renderer);
        renderer.Render(Markdig.Markdown.Parse(body, MarkdownPipelines.Briefing));
        writer.Flush();
        return writer.ToString();
    }
}
