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
    public string ToHtml(MarkdownDocument document) => ToHtml(document, string.Empty).ToString();

    /// <summary>
    /// The body's HTML, exactly as <see cref="ToHtml(MarkdownDocument)"/> writes it, as the end of a string that
    /// starts with <paramref name="prefix"/>: for a reader that wants the two together, with no second copy.
    /// </summary>
    public ReadOnlyMemory<char> ToHtml(MarkdownDocument document, string prefix)
    {
        // Empties the writer and forgets indentation and line state a previous (even failed) body left.
        Reset();
        Writer.Write(prefix); // straight to the writer: the renderer's own line state stays that of an empty output
        Render(document);
        Writer.Flush();
        return Writer.ToString()!.AsMemory(prefix.Length);
    }
}
