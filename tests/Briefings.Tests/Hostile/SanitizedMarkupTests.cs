using System.Text;
using AngleSharp;
using Briefings.Safety;
using Briefings.Templates;
using Ganss.Xss;

namespace Briefings.Tests.Hostile;

/// <summary>
/// The sanitized body is serialised into a buffer kept per thread and encoded to UTF-8 from there, instead of
/// through AngleSharp's string form: the markup must be exactly the one AngleSharp's string form writes, and no
/// body may keep anything of the one serialised before it.
/// </summary>
public sealed class SanitizedMarkupTests
{
    private static readonly BodySanitizer Sanitizer = new(EmbedHosts.Defaults);

    public static TheoryData<string> Bodies => new(
        "<p>plain</p>",
        string.Empty,
        "<p>caf\u00e9 \u6771\u4eac \U0001F600 a\u00a0b &amp; &lt;x&gt; \"q\"</p>",
        "<p title=\"a &quot;b&quot; &amp; \u00a0c\">t</p><pre>\nz</pre><textarea>\nq</textarea>",
        "lone <b>\uD800</b> surrogate \uDC00 halves",
        "<p onclick=\"x()\">a<script>x</script>b</p><iframe src=\"https://www.youtube.com/embed/x\"></iframe>",
        "<table><tr><td>cell</td></tr>loose text</table><br><img src=\"/a.png\" alt=\"a\"><hr>",
        "</body><!--c--><p>after</p></html><i>x</i><!--d-->",
        "<p>a</p><body onload=\"x()\" class=\"y\"><html lang=\"z\"><p title=\"t\">b</p>",
        "<pre>\nfirst line kept</pre>",
        "text only, no element",
        "<p>body</p>\n<p>two</p>\n");

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_markup_is_what_AngleSharps_string_form_writes_as_UTF8(string html) => AssertMarkupOf(html);

    [Fact]
    public void Every_hostile_fixture_and_sample_body_serialises_as_AngleSharps_string_form()
    {
        foreach (var html in RenderedBodies.OfFixturesAndSamples())
        {
            AssertMarkupOf(html);
        }
    }

    [Fact]
    public void A_body_serialised_after_a_longer_one_keeps_nothing_of_it()
    {
        var longBody = string.Concat(Enumerable.Range(0, 2000).Select(i => $"<p>paragraph {i} <em>with</em> words</p>"));

        var (longDocument, longMarkup) = Sanitizer.SanitizeDocument(longBody);
        longDocument.Dispose();
        var (shortDocument, shortMarkup) = Sanitizer.SanitizeDocument("<p>a</p>");
        shortDocument.Dispose();

        Assert.Equal(longBody, longMarkup.Value);
        Assert.Equal("<p>a</p>", shortMarkup.Value);
        Assert.Equal("<p>a</p>", Sanitizer.Sanitize("<p>a</p>"));
        Assert.Equal(string.Empty, Sanitizer.Sanitize(string.Empty));
    }

    [Fact]
    public void Bodies_sanitized_in_parallel_get_the_markup_they_get_in_series()
    {
        var inputs = Enumerable.Range(0, 300).Select(i => $"<p>{i}{new string('x', i * 37 % 5000)}</p><script>{i}</script>").ToList();
        var serial = inputs.Select(Markup).ToList();
        var parallel = inputs.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(Markup).ToList();

        Assert.Equal(serial, parallel);
        Assert.Equal(inputs.Select(i => i[..i.IndexOf("<script>", StringComparison.Ordinal)]), serial.Select(m => m.Value));
    }

    private static Html Markup(string html)
    {
        var (document, markup) = Sanitizer.SanitizeDocument(html);
        document.Dispose();
        return markup;
    }

    private static void AssertMarkupOf(string html)
    {
        var (document, markup) = Sanitizer.SanitizeDocument(html);
        using (document)
        {
            var expected = document.Body!.ChildNodes.ToHtml(new HtmlSanitizer().OutputFormatter);
            Assert.Equal(expected, markup.Value);
            Assert.Equal(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(markup.Value));
            Assert.Equal(Html.FromUtf8(expected), markup);
            Assert.Equal(expected, Sanitizer.Sanitize(html));
        }
    }
}
