using Briefings.Templates;
using Scriban.Runtime;

namespace Briefings.Tests.Templates;

/// <summary>Markup held as UTF-8 (a briefing's body) is written, compared and read exactly as the same markup held as text.</summary>
public sealed class HtmlTests
{
    public static TheoryData<string> Markups =>
    [
        "",
        "<p>Plain ASCII.</p>",
        "<p>Ünïcode — “quotes”, 東京, 😀</p>\n",
        "<h2 id=\"a\">Title</h2>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n",
        "\n",
    ];

    [Theory]
    [MemberData(nameof(Markups))]
    public void Markup_held_as_utf8_renders_as_the_same_markup_held_as_text(string markup)
    {
        foreach (var template in new[]
        {
            "<div>\n{{ body }}\n</div>\n{{ title }}",
            "<div>\n    {{ body }}\n  after\n</div>",
            "{{ body }}{{ body }}|{{ if body }}set{{ end }}",
            "<p>{{ body.value | string.size }}</p>",
        })
        {
            var templates = TemplateSet.Parse([("page", "page.html", template)], diagnostic => Assert.Fail(diagnostic.Message));

            var asText = templates.Render("page", new ScriptObject { ["body"] = new Html(markup), ["title"] = "T" });
            var asUtf8 = templates.Render("page", new ScriptObject { ["body"] = Html.FromUtf8(markup), ["title"] = "T" });

            Assert.Equal(asText, asUtf8);
        }
    }

    [Theory]
    [MemberData(nameof(Markups))]
    public void Equal_markup_is_equal_however_it_is_held(string markup)
    {
        var text = new Html(markup);
        var utf8 = Html.FromUtf8(markup);

        Assert.Equal(markup, utf8.Value);
        Assert.Equal(text, utf8);
        Assert.Equal(utf8, text);
        Assert.Equal(utf8, Html.FromUtf8(markup));
        Assert.Equal(text.GetHashCode(), utf8.GetHashCode());
        Assert.Equal(markup.EndsWith('\n'), utf8.EndsLine);
        Assert.NotEqual(utf8, Html.FromUtf8(markup + "x"));
        Assert.NotEqual(text, Html.FromUtf8(markup + "x"));
    }
}
