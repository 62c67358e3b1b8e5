using Briefings.Tests.Support;
using Scriban.Runtime;

namespace Briefings.Tests.Templates;

/// <summary>
/// Statements evaluated by our context (with its plain reads of variables and members) give what Scriban's own
/// evaluation gives: text, indents, whitespace control, assignments that write nothing, every kind of flow (break,
/// continue, return), and errors with the same message at the same place. Each template is rendered by Scriban alone and by our template set, and the
/// texts, or the errors, compared.
/// </summary>
public sealed class StatementFlowTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "text and values", "<p>\n  {{ title }}\n</p>\n{{ 1 + 2 }} and {{ title }}" },
        { "indented statements", "<div>\n    {{ title }}\n  {{~ if true ~}}\n      {{ title }}x\n  {{~ end ~}}\n</div>" },
        { "assignments write nothing", "a{{ x = 1 }}b{{ x }}{{ y = title }}\n  {{ y }}" },
        { "conditions", "{{ if items.size > 2 }}many{{ else if items.size > 0 }}some{{ else }}none{{ end }}" },
        { "a loop with break and continue", "{{ for i in items }}{{ if i == 2 }}{{ continue }}{{ end }}{{ if i == 4 }}{{ break }}{{ end }}[{{ i }}]{{ end }}after" },
        { "nested loops", "{{ for i in items }}{{ for j in items }}{{ if j > i }}{{ break }}{{ end }}{{ i }}{{ j }} {{ end }};{{ end }}" },
        { "a while loop", "{{ n = 0 }}{{ while n < 3 }}{{ n }}{{ n = n + 1 }}{{ end }}" },
        { "a function returning early", "{{ func f(x); if x > 1; ret \"big\"; end; ret \"small\"; end }}{{ f 1 }} {{ f 2 }}" },
        { "a return at the top", "before{{ ret }}after" },
        { "a capture", "{{ capture c }}\n  in {{ title }}\n{{ end }}[{{ c }}]" },
        { "whitespace control", "<ul>\n  {{~ for i in items ~}}\n  <li>{{ i }}</li>\n  {{~ end ~}}\n</ul>\n  {{- title -}}  \n" },
        { "loop variables", "{{ for i in items }}{{ for.index }}{{ if for.first }}F{{ end }}{{ if for.last }}L{{ end }}{{ end }}" },
        { "an escaped tag", "{%{ {{ title }} }%} {{ title }}" },
        { "a with block", "{{ o = {a: 1} }}{{ with o }}{{ a }}{{ b = 2 }}{{ end }}{{ o.b }}" },
        { "an undefined variable in a loop", "{{ for i in items }}\n  {{ i }}{{ missing }}\n{{ end }}" },
        { "a division by zero", "a\n  {{ 1 / 0 }}" },
        { "a case", "{{ case 2 }}{{ when 1 }}one{{ when 2 }}two{{ else }}other{{ end }}" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_block_gives_what_Scriban_gives(string situation, string template)
    {
        var (expected, actual) = ScribanAlone.BothOutcomes(template, Globals);

        Assert.False(string.IsNullOrEmpty(situation));
        Assert.Equal(expected, actual);
    }

    private static ScriptObject Globals() => new() { ["title"] = "Title", ["items"] = new ScriptArray { 1, 2, 3, 4, 5 } };
}
