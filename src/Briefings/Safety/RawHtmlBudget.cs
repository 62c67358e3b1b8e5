using Briefings.Engine.Diagnostics;
using Briefings.Site;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Safety;

/// <summary>
/// Bounds the raw HTML a body may hold. Markdown's own elements are few, closed and nested no deeper than
/// Markdig allows; raw HTML can leave any number of tags open, and HTML parsing (in the sanitizer) costs
/// time quadratic in the number of open elements: 100,000 unclosed &lt;div&gt;s take minutes. A real
/// briefing holds a few dozen raw tags at most (an embed, a table), so the budget is far above need.
/// </summary>
public static class RawHtmlBudget
{
    public const int MaxTags = 3000;

    public static void Check(MarkdownDocument document)
    {
        var tags = 0;
        foreach (var node in document.Descendants())
        {
            tags += node switch
            {
                HtmlBlock block => CountTags(block.Lines.ToString()),
                HtmlInline inline => CountTags(inline.Tag),
                _ => 0,
            };
            if (tags > MaxTags)
            {
                throw new BuildException(Diagnostic.Error(
                    DiagnosticCodes.BodyTooComplex,
                    $"The body holds more than {MaxTags:N0} raw HTML tags.",
                    line: node.Line + 1,
                    hint: "write the body in Markdown; raw HTML is for the odd embed or table"));
            }
        }
    }

    /// <summary>Counts what may open an element: '&lt;' followed by a letter. An overestimate (it counts end tags' partners too), which is what a bound needs.</summary>
    private static int CountTags(string html)
    {
        var count = 0;
        for (var i = 0; i + 1 < html.Length; i++)
        {
            if (html[i] == '<' && char.IsAsciiLetter(html[i + 1]))
            {
                count++;
            }
        }

        return count;
    }
}
