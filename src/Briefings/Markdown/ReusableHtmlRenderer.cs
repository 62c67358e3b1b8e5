using System.Globalization;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.Markdown;

/// <summary>
/// A Markdig HTML renderer set up once and used for many bodies, one after another: setting up a
/// renderer costs more than most bodies take to render. Not thread-safe (no Markdig renderer is):
/// keep one per thread.
/// </summary>
internal sealed class ReusableHtmlRenderer : HtmlRenderer
{
    public ReusableHtmlRenderer(Func<string, string> linkRewriter)
        : base(new StringWriter(CultureInfo.InvariantCulture))
    {
        LinkRewriter = linkRewriter;
        MarkdownPipelines.Briefing.Setup(this);
    }

    /// <summary>The body's HTML, exactly as a fresh renderer would write it.</summary>
    public string ToHtml(MarkdownDocument document)
    {
        // Empties the writer and forgets indentation and line state a previous (even failed) body left.
        Reset();
        Render(document);
        Writer.Flush();
        return Writer.ToString()!;
    }
}
