using AngleSharp.Browser;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using AngleSharp.Io;
using Briefings.Safety;

namespace Briefings.Tests.Safety;

/// <summary>
/// <see cref="BodySanitizer.Release"/> lets a sanitized document go without AngleSharp's <c>Dispose</c>. These tests hold
/// the facts that makes sound, so that an AngleSharp or HtmlSanitizer upgrade that changes them fails here.
/// </summary>
public sealed class ReleaseTests
{
    private static readonly BodySanitizer Sanitizer = new(EmbedHosts.Defaults);

    [Theory]
    [InlineData("<p>read-only source</p>")]
    [InlineData("<p>HtmlSanitizer's own way \uFFFF</p>")]
    public void A_sanitized_document_holds_the_tree_builder_whose_buffers_release_gives_back(string html)
    {
        var (document, _) = Sanitizer.SanitizeDocument(html);

        Assert.NotNull(Assert.IsAssignableFrom<IConstructableDocument>(document).Builder);
        BodySanitizer.Release(document);
    }

    [Fact]
    public void The_sanitizer_s_documents_have_nothing_that_could_run_after_parsing()
    {
        var (document, _) = Sanitizer.SanitizeDocument("<p>a <img src=\"https://example.org/a.png\" alt=\"a\"></p><iframe src=\"https://player.vimeo.com/video/1\"></iframe>");

        Assert.Null(document.Context.GetService<IEventLoop>());
        Assert.Null(document.Context.GetService<IResourceLoader>());
        Assert.Equal(DocumentReadyState.Complete, document.ReadyState);
        BodySanitizer.Release(document);
    }

    [Fact]
    public void Bodies_sanitized_after_released_ones_are_unchanged()
    {
        var bodies = Enumerable.Range(0, 60)
            .Select(i => string.Concat(Enumerable.Repeat($"<p onclick=\"x()\">{i} <b>bold</b> <a href=\"/x/{i}\">link</a></p>", 1 + (i * 7 % 40))))
            .ToList();
        var expected = bodies.Select(Expected).ToList();

        foreach (var round in Enumerable.Range(0, 3))
        {
            for (var i = 0; i < bodies.Count; i++)
            {
                var (document, markup) = Sanitizer.SanitizeDocument(bodies[i]);
                Assert.Equal(expected[i], markup.ToString());
                Assert.Equal(expected[i], document.Body!.InnerHtml);
                BodySanitizer.Release(document);
            }
        }
    }

    /// <summary>The same body cleaned by hand: the handler attribute dropped, the rest kept.</summary>
    private static string Expected(string body) =>
        new HtmlParser().ParseDocument("<!doctype html><html><body>" + body.Replace(" onclick=\"x()\"", string.Empty, StringComparison.Ordinal)).Body!.InnerHtml;
}
