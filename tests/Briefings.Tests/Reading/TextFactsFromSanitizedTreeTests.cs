using Briefings.Reading;
using Briefings.Safety;

namespace Briefings.Tests.Reading;

/// <summary>
/// Text facts are read from the sanitizer's tree instead of parsing the sanitized markup again; they must
/// be exactly what reading that markup gives, including where the sanitizer removed nodes.
/// </summary>
public sealed class TextFactsFromSanitizedTreeTests
{
    private static readonly BodySanitizer Sanitizer = new(EmbedHosts.Defaults);

    [Theory]
    [InlineData("<p>Plain words in a paragraph.</p><p>Second one.</p>")]
    [InlineData("before<script>alert(1)</script>after")]
    [InlineData("one<iframe src=\"https://evil.example/x\"></iframe>two<style>p{}</style>three")]
    [InlineData("text <!-- a comment --> more <p>para</p> tail")]
    [InlineData("<p>a<script>x</script>b</p><p>c</p>")]
    [InlineData("<table><tr><td>cell</td></tr>loose text</table><p>after</p>")]
    [InlineData("<pre>\n\nindented\n</pre><p>東京 の ニュース</p>")]
    [InlineData("<form><input value=\"x\">in form</form>word<object>obj</object>")]
    [InlineData("")]
    public void Facts_from_the_tree_equal_facts_from_the_sanitized_markup(string html)
    {
        var (document, markup) = Sanitizer.SanitizeDocument(html);
        using (document)
        {
            Assert.Equal(Sanitizer.Sanitize(html), markup.Value);
            Assert.Equal(TextFactsReader.Read(markup.Value), TextFactsReader.Read(document.Body!));
        }
    }

    [Theory]
    [InlineData("<p>Plain <em>words</em> in a <a href=\"/x/\">para<b>graph</b></a>.</p>\n<ul><li>one</li><li>two <code>x</code></li></ul>")]
    [InlineData("lead text <p> first  </p><p>second</p><div><p>nested</p></div>")]
    [InlineData("<div><p>a paragraph inside a div is not the first paragraph</p></div><p>this one is</p>")]
    [InlineData("<table><tr><td>cell</td></tr></table><details><summary>more</summary>hidden</details>")]
    public void Facts_are_the_top_level_nodes_text_content_joined_by_spaces(string html)
    {
        var (document, _) = Sanitizer.SanitizeDocument(html);
        using (document)
        {
            var body = document.Body!;
            body.Normalize();
            var expected = string.Join(" ", body.ChildNodes.Select(n => n.TextContent));
            var firstParagraph = body.Children.FirstOrDefault(e => e.LocalName == "p")?.TextContent.Trim() ?? string.Empty;

            var facts = TextFactsReader.Read(body);

            Assert.Equal(expected, facts.Lead);
            Assert.Equal(firstParagraph, facts.FirstParagraph);
        }
    }

    [Fact]
    public void Adjacent_and_empty_text_nodes_count_as_the_normalized_tree_does()
    {
        var (document, _) = Sanitizer.SanitizeDocument("<p>first</p><p>second</p>");
        using (document)
        {
            var body = document.Body!;
            var second = body.Children[1];
            body.InsertBefore(document.CreateTextNode("alpha"), body.FirstChild);
            body.InsertBefore(document.CreateTextNode(string.Empty), body.Children[0]);
            body.InsertBefore(document.CreateTextNode("beta"), body.Children[0]);
            body.InsertBefore(document.CreateTextNode(string.Empty), second);
            body.AppendChild(document.CreateTextNode("gamma"));
            body.AppendChild(document.CreateTextNode("delta"));
            var normalized = (AngleSharp.Dom.IElement)body.Clone();
            normalized.Normalize();

            var facts = TextFactsReader.Read(body);

            Assert.Equal(string.Join(" ", normalized.ChildNodes.Select(n => n.TextContent)), facts.Lead);
            Assert.Equal("alphabeta first second gammadelta", facts.Lead);
        }
    }

    [Fact]
    public void Text_nested_thousands_of_elements_deep_is_read_without_recursion()
    {
        const int depth = 5000;
        var html = string.Concat(Enumerable.Repeat("<span>", depth)) + "deep words" + string.Concat(Enumerable.Repeat("</span>", depth)) + " after";

        var facts = TextFactsReader.Read(html);

        Assert.Equal("deep words  after", facts.Lead); // two top-level nodes, joined by a space
        Assert.Equal(3, facts.Words);
    }

    [Fact]
    public void Text_around_a_removed_element_is_one_run_as_in_the_markup()
    {
        var (document, _) = Sanitizer.SanitizeDocument("alpha<script>x</script>beta");
        using (document)
        {
            var facts = TextFactsReader.Read(document.Body!);

            Assert.Equal("alphabeta", facts.Lead);
            Assert.Equal(1, facts.Words);
        }
    }

    [Fact]
    public void A_long_body_is_counted_whole_but_only_its_lead_is_kept()
    {
        var paragraphs = Enumerable.Range(0, 50).Select(p => "<p>" + string.Join(' ', Enumerable.Range(0, 10).Select(w => $"w{p}x{w}")) + "</p>");

        var facts = TextFactsReader.Read(string.Concat(paragraphs));

        Assert.Equal(500, facts.Words);
        Assert.Equal(Briefings.Related.RelatedWeights.BodyWords, Briefings.Related.TermReader.Terms(facts.Lead).Count);
        Assert.EndsWith("w19x9 ", facts.Lead, StringComparison.Ordinal); // the 200th word and the space that ended it
    }
}
