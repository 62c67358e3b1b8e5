using AngleSharp.Html.Parser;
using Briefings.Markdown;
using Briefings.Safety;

namespace Briefings.Tests.Safety;

/// <summary>
/// The frame rule runs only on markup that may hold a frame (<see cref="BodySanitizer.MayHoldFrames"/>): these tests
/// hold that every way of writing a frame is still seen, and that frames are confined as before.
/// </summary>
public sealed class FrameRuleTests
{
    private static readonly BodySanitizer Sanitizer = new(EmbedHosts.Defaults);

    [Theory]
    [InlineData("<iframe src=\"https://player.vimeo.com/video/1\"></iframe>")]
    [InlineData("<IFRAME src=\"https://player.vimeo.com/video/1\"></IFRAME>")]
    [InlineData("<p>a</p><IfRaMe\nsrc=\"https://player.vimeo.com/video/1\"></iframe>")]
    [InlineData("<svg><iframe src=\"https://player.vimeo.com/video/1\"></iframe></svg>")]
    [InlineData("<table><tr><td>x<iFrame src=\"https://player.vimeo.com/video/1\">")]
    public void A_listed_frame_in_any_letter_case_gets_the_fixed_attributes(string html)
    {
        Assert.True(BodySanitizer.MayHoldFrames(html));
        var frames = Frames(Sanitizer.Sanitize(html));

        if (html.Contains("<svg>", StringComparison.Ordinal))
        {
            Assert.Empty(frames); // SVG is never allowed, and what it holds goes with it
            return;
        }

        var frame = Assert.Single(frames);
        Assert.Equal("https://player.vimeo.com/video/1", frame.GetAttribute("src"));
        Assert.Equal("Embedded video", frame.GetAttribute("title"));
        foreach (var (name, value) in BodySanitizer.FrameAttributes)
        {
            Assert.Equal(value, frame.GetAttribute(name));
        }
    }

    [Theory]
    [InlineData("<IFRAME src=\"https://evil.example/x\"></IFRAME><p>text</p>")]
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe><p>text</p>")]
    [InlineData("<IfRaMe></IfRaMe><p>text</p>")]
    public void An_unlisted_frame_in_any_letter_case_is_removed(string html)
    {
        var sanitized = Sanitizer.Sanitize(html);

        Assert.Empty(Frames(sanitized));
        Assert.Equal("text", new HtmlParser().ParseDocument(sanitized).Body!.TextContent);
    }

    [Fact]
    public void A_media_link_becomes_a_confined_frame()
    {
        var rendered = Markdig.Markdown.ToHtml("![](https://www.youtube.com/watch?v=abc)", MarkdownPipelines.Briefing);

        Assert.True(BodySanitizer.MayHoldFrames(rendered));
        var frame = Assert.Single(Frames(Sanitizer.Sanitize(rendered)));
        Assert.Equal("lazy", frame.GetAttribute("loading"));
    }

    [Theory]
    [InlineData("<iframe", true)]
    [InlineData("x<IFRAME y", true)]
    [InlineData("<iFrAmE>", true)]
    [InlineData("<p>an iframe, written about</p>", false)]
    [InlineData("&lt;iframe src=x&gt;", false)]
    [InlineData("< iframe>", false)]
    [InlineData("</iframe>", false)]
    [InlineData("", false)]
    public void Markup_may_hold_a_frame_only_with_an_iframe_start_tag(string html, bool may) =>
        Assert.Equal(may, BodySanitizer.MayHoldFrames(html));

    [Theory]
    [InlineData("&lt;iframe src=\"https://evil.example/x\"&gt;&lt;/iframe&gt;")]
    [InlineData("< iframe src=\"https://evil.example/x\"></iframe>")]
    [InlineData("<p>an iframe</p>")]
    public void Markup_without_an_iframe_start_tag_parses_to_no_frame(string html)
    {
        Assert.False(BodySanitizer.MayHoldFrames(html));
        Assert.Empty(new HtmlParser().ParseDocument("<!doctype html><html><body>" + html).QuerySelectorAll("iframe"));
        Assert.Empty(Frames(Sanitizer.Sanitize(html)));
    }

    private static List<AngleSharp.Dom.IElement> Frames(string markup) =>
        [.. new HtmlParser().ParseDocument("<!doctype html><html><body>" + markup).QuerySelectorAll("iframe")];
}
