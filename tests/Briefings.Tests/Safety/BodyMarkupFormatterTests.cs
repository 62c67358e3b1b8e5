using AngleSharp;
using AngleSharp.Html.Parser;
using Briefings.Safety;
using CsCheck;
using Ganss.Xss;

namespace Briefings.Tests.Safety;

/// <summary>
/// The sanitizer's output formatter makes fewer strings than HtmlSanitizer's own, and must write exactly its markup:
/// for any tree, sanitized or not, allowed elements or not, attributes with every character the formatter escapes.
/// </summary>
public sealed class BodyMarkupFormatterTests
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> Trees => new(
        "<p>plain</p><br><hr><img src=\"/a.png\" alt=\"a\">",
        "<p title=\"a &quot;b&quot; &amp; \u00a0c &lt;d&gt; 'e'\" class=\"x\" id=\"y\">t</p>",
        "<a href=\"https://example.org/?a=1&amp;b=2\" title=\"\">x</a><table><tbody><tr><td colspan=\"2\" style=\"text-align: left\">c</td></tr></tbody></table>",
        "<custom-element is=\"x\" data-x=\"1\">c</custom-element><div onclick=\"x()\">d</div><script>a < b</script><style>p { }</style>",
        "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"#x\" xml:lang=\"en\"><circle r=\"1\"/></a></svg><math><mi>x</mi></math>",
        "<pre>\nz</pre><textarea>\nq</textarea><details open><summary>s</summary>d</details><iframe src=\"https://www.youtube.com/embed/x\" allowfullscreen></iframe>",
        "<P ID=\"upper\">case</P><video controls poster=\"/p.png\"><source src=\"/v.mp4\" type=\"video/mp4\"></video><!--comment-->");

    [Theory]
    [MemberData(nameof(Trees))]
    public void It_writes_what_HtmlSanitizers_formatter_writes(string html) => AssertSameMarkup(html);

    [Fact]
    public void It_writes_what_HtmlSanitizers_formatter_writes_for_generated_markup()
    {
        var tags = Gen.OneOf(BodySanitizer.Tags.Select(Gen.Const).Append(Gen.Const("svg")).Append(Gen.Const("x-y")).ToArray());
        var attributes = Gen.OneOf(BodySanitizer.Attributes.Select(Gen.Const).Append(Gen.Const("xlink:href")).Append(Gen.Const("onclick")).ToArray());
        var value = Gen.String[Gen.Char["&\u00a0\"<>' a=/"], 0, 8];
        var element = Gen.Select(tags, Gen.Select(attributes, value, (name, text) => $" {name}=\"{text.Replace("\"", "&quot;", StringComparison.Ordinal)}\"").Array[0, 3], value,
            (tag, attrs, text) => $"<{tag}{string.Concat(attrs)}>{text}</{tag}>");
        element.Array[1, 12].Select(string.Concat).Sample(AssertSameMarkup, iter: 500);
    }

    private static void AssertSameMarkup(string html)
    {
        using var document = Parser.ParseDocument(html);
        Assert.Equal(
            document.Body!.ChildNodes.ToHtml(HtmlFormatter.Instance),
            document.Body!.ChildNodes.ToHtml(BodyMarkupFormatter.Instance));
        Assert.Equal(document.ToHtml(HtmlFormatter.Instance), document.ToHtml(BodyMarkupFormatter.Instance));
    }
}
