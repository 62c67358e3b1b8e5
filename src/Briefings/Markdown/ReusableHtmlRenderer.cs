using System.Buffers;
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
    /// <summary>Where <see cref="ToHtml(MarkdownDocument, string)"/> hands out a body's markup: reused for every body, never a string.</summary>
    private readonly ArrayBufferWriter<char> _markup = new(4096);

    public ReusableHtmlRenderer(Func<string, string> linkRewriter)
        : base(new StringWriter(CultureInfo.InvariantCulture))
    {
        LinkRewriter = linkRewriter;
        MarkdownPipelines.Briefing.Setup(this);
    }

    /// <summary>The body's HTML, exactly as a fresh renderer would write it.</summary>
    public string ToHtml(MarkdownDocument document) => ToHtml(document, string.Empty).ToString();

    /// <summary>
    /// The body's HTML, exactly as <see cref="ToHtml(MarkdownDocument)"/> writes it, as the end of a run of characters
    /// that starts with <paramref name="prefix"/>: for a reader that wants the two together, with no second copy. The
    /// characters are this renderer's own buffer, reused: valid until it renders the next body, so read them at once.
    /// </summary>
    public ReadOnlyMemory<char> ToHtml(MarkdownDocument document, string prefix)
    {
        // Empties the writer and forgets indentation and line state a previous (even failed) body left.
        Reset();
        Writer.Write(prefix); // straight to the writer: the renderer's own line state stays that of an empty output
        Render(document);
        Writer.Flush();

        // Markdig resets only a StringWriter, whose StringBuilder keeps its capacity; copied out into a reused array
        // instead of into a new string, a body's markup costs no allocation once the buffers have grown.
        return CopyOut((StringWriter)Writer, _markup)[prefix.Length..];
    }

    /// <summary>What <paramref name="writer"/> holds, copied into <paramref name="buffer"/> (emptied first), which keeps its capacity from body to body.</summary>
    internal static ReadOnlyMemory<char> CopyOut(StringWriter writer, ArrayBufferWriter<char> buffer)
    {
        var written = writer.GetStringBuilder();
        buffer.ResetWrittenCount();
        written.CopyTo(0, buffer.GetSpan(written.Length), written.Length);
        buffer.Advance(written.Length);
        return buffer.WrittenMemory;
    }
}
