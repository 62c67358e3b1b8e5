using Briefings.Catalog;
using Briefings.Templates;
using Briefings.Tests.Support;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Tests.Templates;

/// <summary>
/// A pure partial's kept markup, held as it is written under its include's indent and copied as it is on later pages,
/// comes out exactly as Scriban writes the partial's text there, wherever the include stands: each page is rendered by
/// Scriban alone and by our template set (three times, so that later renders reuse the kept markup), and the texts
/// compared character for character.
/// </summary>
public sealed class KeptMarkupIndentTests
{
    private static readonly ItemView First = ItemViews.Article("first", "First");
    private static readonly ItemView Second = ItemViews.Article("second", "Second");

    /// <summary>A partial listing the cards, for the case that includes the list rather than the cards.</summary>
    private const string List = "<ul>\n  {{~ for item in items ~}}\n  <li>\n    {{ include \"card\" ~}}\n  </li>\n  {{~ end ~}}\n</ul>\n";

    public static TheoryData<string, string, string> Cases => new()
    {
        { "a card of several lines in an indented list", "<ul>\n  {{~ for item in items ~}}\n  <li>\n    {{ include \"card\" ~}}\n  </li>\n  {{~ end ~}}\n</ul>\n", "<article>\n  <h2>{{ item.title }}</h2>\n</article>\n" },
        { "a card ending without a line break", "<ul>\n  {{~ for item in items ~}}\n  <li>\n    {{ include \"card\" }}\n  </li>\n  {{~ end ~}}\n</ul>", "<p>\n{{ item.title }}</p>" },
        { "blank lines in the card", "<div>\n  {{~ for item in items ~}}\n    {{ include \"card\" }}\n  {{~ end ~}}\n</div>", "a\n\n\n{{ item.slug }}\n\n" },
        { "a card of one line", "<div>\n  {{~ for item in items ~}}\n      {{ include \"card\" }}\n  {{~ end ~}}\n</div>", "{{ item.slug }}" },
        { "a card at the start of a line", "<div>\n{{~ for item in items ~}}\n{{ include \"card\" }}\n{{~ end ~}}\n</div>", "a\n{{ item.slug }}\n" },
        { "text before the card on its line", "<div>\n  {{~ for item in items ~}}\n  x {{ include \"card\" }} y\n  {{~ end ~}}\n</div>", "a\n{{ item.slug }}\n" },
        { "the same card under two indents", "<div>\n  {{~ for item in items ~}}\n    {{ include \"card\" }}\n        {{ include \"card\" }}\n  {{~ end ~}}\n</div>", "a\n  {{ item.slug }}\nb\n" },
        { "the card's value written elsewhere", "<div>\n  {{~ for item in items ~}}\n    {{ include \"card\" }}\n  {{ v = include \"card\" }}[{{ v }}]\n  {{~ end ~}}\n</div>", "a\n{{ item.slug }}\n" },
        { "Windows line breaks", "<div>\r\n  {{~ for item in items ~}}\r\n    {{ include \"card\" }}\r\n  {{~ end ~}}\r\n</div>", "a\r\n\r\n{{ item.slug }}\r\n" },
        { "a tab as indent", "<div>\n\t{{~ for item in items ~}}\n\t\t{{ include \"card\" }}\n\t{{~ end ~}}\n</div>", "a\nb {{ item.slug }}\n" },
        { "whitespace before the card trimmed", "<div>\n  {{~ for item in items ~}}\n    {{~ include \"card\" }}\n    {{- include \"card\" }}\n  {{~ end ~}}\n</div>", "a\n{{ item.slug }}\n" },
        { "the card after a line ended in the same tag", "<div>\n  {{~ for item in items ~}}\n    {{ \"x\\n\"; include \"card\" }}\n  {{~ end ~}}\n</div>", "a\n{{ item.slug }}\n" },
        { "an empty card", "<div>\n  {{~ for item in items ~}}\n    {{ include \"card\" }}\n  {{~ end ~}}\n</div>", "{{ if item.summary }}{{ item.summary }}{{ end }}" },
        { "a card kept inside an indented partial", "<main>\n  {{ include \"list\" }}\n</main>", "<article>\n  <h2>{{ item.title }}</h2>\n</article>\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Kept_markup_is_written_as_Scriban_writes_the_partial(string situation, string page, string card)
    {
        var sources = new List<(string Name, string Text)> { ("page", page), ("card", card), ("list", List) };
        var templates = TemplateSet.Parse(sources.Select(s => (s.Name, $"{s.Name}.html", s.Text)), diagnostic => Assert.Fail(diagnostic.Message));

        foreach (var items in new[] { new[] { First, Second }, [Second, First], [First, Second] })
        {
            Assert.Equal(ScribanAlone(sources, items), templates.Render("page", Globals(items)));
        }

        Assert.False(string.IsNullOrEmpty(situation));
        Assert.NotEqual(0, templates.Partials.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("a\n")]
    [InlineData("\n")]
    [InlineData("a\nb")]
    [InlineData("a\n\n\nb\n\n")]
    [InlineData("<p>\r\n  x\r\n</p>\r\n")]
    public void Markup_held_indented_is_the_same_markup(string markup)
    {
        var plain = new Html(markup);
        var indented = Html.Indented(plain, "    ");

        Assert.Equal(markup, indented.Value);
        Assert.Equal(plain, indented);
        Assert.Equal(plain.GetHashCode(), indented.GetHashCode());
        Assert.Equal(plain.EndsLine, indented.EndsLine);
        Assert.Equal(markup, LineIndent.Remove(LineIndent.Add(markup, "\t "), "\t "));
        Assert.Null(indented.IndentedBy("  "));
        Assert.Null(plain.IndentedBy("    "));
    }

    [Fact]
    public void Markup_is_indented_as_Scriban_indents_text_written_after_other_text()
    {
        const string markup = "a\n\nb\r\n c\n";
        var context = new TemplateContext { CurrentIndent = "  " };
        context.Write("x");
        context.Write(markup);

        Assert.Equal("x" + LineIndent.Add(markup, "  "), context.Output.ToString());
    }

    /// <summary>The page as Scriban renders it with its own include function and nothing of ours (the cases' text needs no escaping).</summary>
    private static string ScribanAlone(List<(string Name, string Text)> sources, ItemView[] items)
    {
        var context = new TemplateContext { StrictVariables = true, TemplateLoader = new Loader(sources.ToDictionary(s => s.Name, s => s.Text)) };
        context.PushGlobal(Globals(items));
        return Template.Parse(sources[0].Text, "page").Render(context);
    }

    private static ScriptObject Globals(ItemView[] items) => new() { ["items"] = items };

    private sealed class Loader(Dictionary<string, string> texts) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => texts[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(texts[templatePath]);
    }
}
