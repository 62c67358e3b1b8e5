using System.Runtime.InteropServices;
using AngleSharp.Html.Dom;
using Briefings.Safety;
using Ganss.Xss;

namespace Briefings.Tests.Hostile;

/// <summary>
/// Bodies reach HtmlSanitizer's parser as read-only memory instead of as a string: the parser, its options
/// and its browsing context are HtmlSanitizer's own, and the tree must be the one its string path builds.
/// </summary>
public sealed class ReadOnlySourceTests
{
    private static readonly BodySanitizer Sanitizer = new(EmbedHosts.Defaults);

    public static TheoryData<string> TrickyMarkup => new(
        "<p>plain</p>",
        "<noscript><p>read as raw text by a scripting parser</p></noscript><p>after</p>",
        "<script>document.write('<b>x</b>')</script>y",
        "<style>p{color:red}</style><p style=\"text-align:left;color:red;background:url(javascript:x)\">s</p>",
        "</body><!--c--><p>after</p></html><i>x</i>",
        "<p>a</p><body onload=\"x()\" class=\"y\"><html lang=\"z\"><head profile=\"p\"></head><p title=\"t\">b</p>",
        "<frameset><frame src=\"x\"></frameset><p>no frames</p>",
        "<meta charset=\"iso-8859-1\"><p>caf\u00e9 \u6771\u4eac</p>",
        "<textarea>\r\nq</textarea><pre>\nz</pre>x\r\ny\rz",
        "a\u0000b<p>\uD800</p>&#xFFFF; &#0; &amp",
        "\uFEFFbom<svg><script>alert(1)</script><foreignObject><p>f</p></foreignObject></svg><math><mi>x</mi></math>",
        "<table><tr><td>cell</td></tr>loose text</table><template><p>t</p></template>",
        "<iframe src=\"https://www.youtube.com/embed/x\" srcdoc=\"<script>x</script>\"></iframe><iframe src=\"https://evil.example/\"></iframe>",
        "<a href=\"java&#x09;script:alert(1)\">x</a><img src=x onerror=alert(1)><plaintext><p>rest");

    [Theory]
    [MemberData(nameof(TrickyMarkup))]
    public void The_read_only_source_builds_the_tree_the_string_source_builds(string html) =>
        AssertSameTree(html);

    [Fact]
    public void Every_hostile_fixture_and_sample_body_parses_to_the_same_tree()
    {
        foreach (var html in RenderedBodies.OfFixturesAndSamples())
        {
            AssertSameTree(html);
        }
    }

    [Fact]
    public void A_body_holding_the_end_of_file_mark_takes_the_string_source_which_reads_it_as_a_replacement_character()
    {
        const string html = "<p>a\uFFFFb</p>";

        Assert.False(ReadOnlySource.CanRead(html));
        Assert.Equal("<p>a\uFFFDb</p>", Sanitizer.Sanitize(html));
    }

    [Fact]
    public void The_wrapper_elements_keep_no_attribute_from_the_body_as_HtmlSanitizer_leaves_them()
    {
        var (document, markup) = Sanitizer.SanitizeDocument("<p>a</p><body onload=\"x()\" class=\"y\"><html lang=\"z\"><p>b</p>");
        using (document)
        {
            Assert.Equal("<p>a</p><p>b</p>", markup.Value);
            Assert.Empty(document.DocumentElement.Attributes);
            Assert.Empty(document.Body!.Attributes);
        }
    }

    [Fact]
    public void Markup_behind_the_document_prefix_in_an_array_is_parsed_where_it_lies()
    {
        const string html = "<p>a <b>b</b></p>";
        var buffer = (ReadOnlySource.DocumentPrefix + html + "left over from a longer body").ToCharArray();
        var markup = buffer.AsMemory(ReadOnlySource.DocumentPrefix.Length, html.Length);

        var wrapped = ReadOnlySource.Wrapped(markup);

        Assert.True(MemoryMarshal.TryGetArray(wrapped, out var segment));
        Assert.Same(buffer, segment.Array);
        Assert.Equal((0, ReadOnlySource.DocumentPrefix.Length + html.Length), (segment.Offset, segment.Count));
        AssertSameTree(markup);
    }

    [Fact]
    public void Markup_without_the_prefix_before_it_is_joined_to_a_copy_of_the_prefix()
    {
        const string html = "<p>a</p>";
        var buffer = ("<!doctype html><html><bodx>" + html).ToCharArray();

        var wrapped = ReadOnlySource.Wrapped(buffer.AsMemory(buffer.Length - html.Length));

        Assert.Equal(ReadOnlySource.DocumentPrefix + html, wrapped.ToString());
        Assert.False(MemoryMarshal.TryGetArray(wrapped, out _));
    }

    [Fact]
    public void Markup_rendered_behind_the_document_prefix_is_parsed_where_it_lies()
    {
        const string html = "<p>a <b>b</b></p>";
        var rendered = ReadOnlySource.DocumentPrefix + html;

        var wrapped = ReadOnlySource.Wrapped(rendered.AsMemory(ReadOnlySource.DocumentPrefix.Length));

        Assert.True(MemoryMarshal.TryGetString(wrapped, out var text, out var start, out var length));
        Assert.Same(rendered, text);
        Assert.Equal((0, rendered.Length), (start, length));
        AssertSameTree(rendered.AsMemory(ReadOnlySource.DocumentPrefix.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<p>x</p>")]
    [InlineData("<!doctype html><html><body><p>x</p>")]
    [InlineData("<!doctype html><html><BODY><p>x</p>")]
    public void Markup_without_the_prefix_right_before_it_is_joined_to_a_copy_of_it(string before)
    {
        const string html = "<p>a <b>b</b></p>";
        var memory = (before + html).AsMemory(before.Length);

        Assert.Equal(ReadOnlySource.DocumentPrefix + html, ReadOnlySource.Wrapped(memory).ToString());
        Assert.Equal(ReadOnlySource.DocumentPrefix + html, ReadOnlySource.Wrapped(html.ToCharArray()).ToString());
        AssertSameTree(memory);
    }

    private static void AssertSameTree(string html) => AssertSameTree(html.AsMemory());

    private static void AssertSameTree(ReadOnlyMemory<char> html)
    {
        Assert.True(ReadOnlySource.CanRead(html.Span));
        var parser = HtmlSanitizer.DefaultHtmlParserFactory();
        using var viaString = parser.ParseDocument(ReadOnlySource.DocumentPrefix + html);
        using var viaMemory = ReadOnlySource.Parse(parser, html);

        Assert.Equal(Describe(viaString), Describe(viaMemory));
    }

    /// <summary>The whole tree, serialized, with the document's mode (the doctype decides it).</summary>
    private static string Describe(IHtmlDocument document) =>
        $"{document.CompatMode} {document.ChildNodes.Length} {document.DocumentElement.OuterHtml}";
}
