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
            Assert.Equal(Sanitizer.Sanitize(html), markup);
            Assert.Equal(TextFactsReader.Read(markup), TextFactsReader.Read(document.Body!));
        }
    }

    [Fact]
    public void Text_around_a_removed_element_is_one_run_as_in_the_markup()
    {
        var (document, _) = Sanitizer.SanitizeDocument("alpha<script>x</script>beta");
        using (document)
        {
            var facts = TextFactsReader.Read(document.Body!);

            Assert.Equal("alphabeta", facts.PlainText);
            Assert.Equal(1, facts.Words);
        }
    }
}
