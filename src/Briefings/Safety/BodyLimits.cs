using Briefings.Engine.Diagnostics;
using Briefings.Markdown;
using Briefings.Site;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Safety;

/// <summary>
/// Bounds what a briefing may cost to read and make safe. Sanitizing re-parses and re-serializes the
/// rendered body at roughly two to four seconds a megabyte, so a file is limited to <see cref="MaxLength"/>
/// (a long feature is 50 KB), checked before anything parses it. Markdown's own elements are closed and
/// nested no deeper than Markdig allows, but raw HTML can leave any number of tags open, and parsing costs
/// time quadratic in the number of open elements: 100,000 unclosed &lt;div&gt;s take minutes. A real
/// briefing holds a few dozen raw tags at most (an embed, a table), so <see cref="MaxTags"/> is far above need.
/// </summary>
public static class BodyLimits
{
    public const int MaxLength = 512 * 1024;
    public const int MaxTags = 3000;

    /// <summary>Refuses a file longer than <see cref="MaxLength"/> bytes before it is decoded or parsed.</summary>
    public static void CheckLength(int bytes)
    {
        if (bytes > MaxLength)
        {
            throw new BuildException(Diagnostic.Error(
                DiagnosticCodes.BodyTooComplex,
                $"The file is larger than {MaxLength / 1024} KB.",
                line: 1,
                hint: "split it into several briefings"));
        }
    }

    /// <summary>Refuses a body holding more than <see cref="MaxTags"/> raw HTML tags, at the line where the budget runs out.</summary>
    public static void CheckRawHtml(MarkdownDocument document)
    {
        var budget = new RawHtmlBudget();
        MarkdownWalk.Visit(document, ref budget);
    }

    /// <summary>Counts raw HTML tags node by node, in document order, and throws at the node that takes the count past the budget.</summary>
    private struct RawHtmlBudget : IMarkdownVisitor
    {
        private int _tags;

        public void Visit(MarkdownObject node)
        {
            _tags += node switch
            {
                HtmlBlock block => CountTags(block.Lines.ToString()),
                HtmlInline inline => CountTags(inline.Tag),
                _ => 0,
            };
            if (_tags > MaxTags)
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
