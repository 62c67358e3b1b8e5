using System.Text;
using AngleSharp.Html.Parser;
using Briefings.Templates;
using Scriban.Runtime;

namespace Briefings.Tests.Templates;

/// <summary>
/// A page is its template's output inside the layout, as UTF-8: the layout writes <c>content</c> from the buffer the
/// template rendered into, and reads exactly as it did when <c>content</c> was a string.
/// </summary>
public sealed class PageRenderingTests
{
    private const string Page = "<article>\n  <h1>{{ title }}</h1>\n  {{ include \"partials/byline\" }}\n</article>\n";

    [Theory]
    [InlineData("<main>\n{{ content }}\n</main>\n<footer>{{ title }}</footer>")]
    [InlineData("<main>\n    {{ content }}\n  </main>\n")]
    [InlineData("<main>{{ content }}{{ content }}</main>")]
    [InlineData("<main data-length=\"{{ content.value | string.size }}\">{{ if content }}{{ content }}{{ end }}</main>")]
    [InlineData("{{ capture frame }}<main>\n  {{ content }}\n</main>{{ end }}{{ frame | html.strip }}")]
    public void The_layout_writes_the_page_as_it_wrote_the_pages_markup_as_a_string(string layout)
    {
        var templates = Parse(layout);

        using var page = templates.RenderPage("page", "layout", Globals());

        var asString = Globals();
        asString["content"] = new Html(templates.Render("page", Globals()));
        Assert.Equal(Encoding.UTF8.GetBytes(templates.Render("layout", asString)), page.Memory.ToArray());
    }

    [Fact]
    public void Pages_rendered_one_after_another_each_hold_their_own_content()
    {
        var templates = Parse("<main>\n{{ content }}\n</main>");
        var parser = new HtmlParser();

        using var firstBytes = templates.RenderPage("page", "layout", Globals("First — ünïcode 😀"));
        using var secondBytes = templates.RenderPage("page", "layout", Globals("Second & <last>"));
        var first = parser.ParseDocument(Encoding.UTF8.GetString(firstBytes.Memory.Span));
        var second = parser.ParseDocument(Encoding.UTF8.GetString(secondBytes.Memory.Span));

        Assert.Equal("First — ünïcode 😀", first.QuerySelector("main h1")?.TextContent);
        Assert.Equal("Second & <last>", second.QuerySelector("main h1")?.TextContent);
        Assert.Single(second.QuerySelectorAll("article"));
    }

    private static TemplateSet Parse(string layout) => TemplateSet.Parse(
        [("page", "page.html", Page), ("partials/byline", "partials/byline.html", "<p class=\"byline\">\n  By {{ title }}\n</p>\n"), ("layout", "layout.html", layout)],
        diagnostic => Assert.Fail(diagnostic.Message));

    private static ScriptObject Globals(string title = "A <title> & more") => new() { ["title"] = title };
}
