using Briefings.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Tests.Templates;

/// <summary>
/// A partial included by name, whether rendered in place (straight into the including template's output) or into a
/// reused buffer for its value, comes out exactly as Scriban's own include writes it: same text, same indentation of
/// every line, whatever surrounds the include.
/// Each case is rendered by Scriban alone and by our template set, and the two texts compared character for character.
/// </summary>
public sealed class PlainIncludeTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "an indented partial of several lines", ["<ul>\n  {{ include \"p\" }}\n</ul>\n", "<li>a</li>\n<li>b</li>\n"] },
        { "text after the include on its line", ["<div>\n  {{ include \"p\" }} after\nnext\n</div>", "x\ny"] },
        { "an empty partial", ["<div>\n    {{ include \"p\" }}\n  text\n  {{ include \"p\" }}{{ include \"p\" }}\n</div>", ""] },
        { "blank lines in the partial", ["<div>\n  {{ include \"p\" }}\n</div>", "a\n\n\nb\n\n"] },
        { "a partial ending without a line break", ["<div>\n  {{ include \"p\" }}\n  {{ include \"p\" }}\n</div>", "one\ntwo"] },
        { "a partial that is one line break", ["<div>\n  {{ include \"p\" }}\n  {{ include \"p\" }}x\n</div>", "\n"] },
        { "an include at the start of a line", ["<div>\n{{ include \"p\" }}\n{{ include \"p\" }}</div>", "a\nb\n"] },
        { "Windows line breaks", ["<div>\r\n  {{ include \"p\" }}\r\n</div>", "a\r\n\r\nb\r\n"] },
        { "nested indented includes", ["<main>\n  {{ include \"p\" }}\n</main>", "<section>\n    {{ include \"q\" }}\n  after\n</section>\n", "<p>1</p>\n<p>2</p>\n"] },
        { "a partial opening with an indented include", ["<div>\n    {{ include \"p\" }}\n</div>", "  {{ include \"q\" }}\nend\n", "a\nb"] },
        { "a loop with whitespace control", ["<ol>\n  {{~ for x in xs ~}}\n  <li>{{ include \"p\" }}</li>\n  {{~ end ~}}\n</ol>", "{{ x }}\n{{ x }}"] },
        { "an include in a conditional", ["<div>\n  {{~ if xs ~}}\n  {{ include \"p\" }}\n  {{~ end ~}}\n</div>", "a\nb\n"] },
        { "an include inside a capture", ["{{ capture c }}\n  {{ include \"p\" }}\n{{ end }}[\n    {{ c }}\n]", "a\nb\n"] },
        { "an include's value assigned, then written", ["{{ v = include \"p\" }}[\n  {{ v }}\n]", "a\nb\n"] },
        { "an include's value piped", ["[\n  {{ include \"p\" | string.upcase }}\n]", "a\nb\n"] },
        { "an include with an argument", ["[\n  {{ include \"p\" \"arg\" }}\n]", "a {{ $1 }}\nb\n"] },
        { "an empty partial inside an indented loop", ["<ul>\n  {{ for x in xs }}\n<li>{{ x }}</li>\n{{ include \"p\" }}\n<li>after</li>\n  {{ end }}\n</ul>", ""] },
        { "a partial of one line inside an indented loop", ["<ul>\n  {{ for x in xs }}\n<li>{{ x }}</li>\n{{ include \"p\" }}\n<li>after</li>\n  {{ end }}\n</ul>", "a"] },
        { "a partial ending a line inside an indented loop", ["<ul>\n  {{ for x in xs }}\n<li>{{ x }}</li>\n{{ include \"p\" }}<li>after</li>\n  {{ end }}\n</ul>", "a\nb\n"] },
        { "an include's value assigned inside an indented loop", ["<ul>\n  {{ for x in xs }}\n<li>{{ x }}</li>\n{{ v = include \"p\" }}\n<li>{{ v }}</li>\n  {{ end }}\n</ul>", "a\nb"] },
        { "an include in a function", ["{{ func f }}\n  {{ include \"p\" }}\n{{ end }}[\n  {{ f }}\n]", "a\nb\n"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_plain_include_reads_as_Scribans_include_writes_it(string situation, string[] texts)
    {
        var sources = new List<(string Name, string Text)> { ("page", texts[0]), ("p", texts[1]) };
        if (texts.Length > 2)
        {
            sources.Add(("q", texts[2]));
        }

        var expected = ScribanAlone(sources);
        var templates = TemplateSet.Parse(sources.Select(s => (s.Name, $"{s.Name}.html", s.Text)), diagnostic => Assert.Fail(diagnostic.Message));

        Assert.False(string.IsNullOrEmpty(situation));
        Assert.Equal(expected, templates.Render("page", Globals()));
    }

    /// <summary>The page as Scriban renders it with its own include function and nothing of ours.</summary>
    private static string ScribanAlone(List<(string Name, string Text)> sources)
    {
        var context = new TemplateContext { StrictVariables = true, TemplateLoader = new Loader(sources.ToDictionary(s => s.Name, s => s.Text)) };
        context.PushGlobal(Globals());
        return Template.Parse(sources[0].Text, "page").Render(context);
    }

    private static ScriptObject Globals() => new() { ["xs"] = new ScriptArray { "one", "two" } };

    private sealed class Loader(Dictionary<string, string> texts) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => texts[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(texts[templatePath]);
    }
}
