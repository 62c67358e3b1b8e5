using System.Buffers;
using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Briefings.Safety;

namespace Briefings.Markdown;

/// <summary>
/// Writes a parsed body's text as a browser reads it from the markup Markdig writes for it: each element's text
/// content, with whitespace where the markup has a line break (Markdig's own HTML renderer with its tags switched off).
/// For the bodies <see cref="MarkdownAllowlist"/> admits, it holds the same words as the text of the sanitized tree.
/// Set up once per thread and reused, like <see cref="ReusableHtmlRenderer"/>.
/// </summary>
/// <remarks>
/// Markdig's renderers with HTML switched off drop the characters they would escape (<c>&amp;</c>, <c>&lt;</c>,
/// <c>&gt;</c>, <c>"</c>) instead of writing them, which joins words a browser reads apart; so the inlines that write
/// text (literals, code, entities, autolinks) are written here as the browser reads them back: as they are; and a hard
/// line break, which the HTML renderer alone follows with a line break of its own, as that line break.
/// </remarks>
internal sealed class ReusableTextRenderer : HtmlRenderer
{
    private readonly ArrayBufferWriter<char> _text = new(4096);

    public ReusableTextRenderer()
        : base(new StringWriter(CultureInfo.InvariantCulture))
    {
        MarkdownPipelines.Briefing.Setup(this);
        EnableHtmlForBlock = false;
        EnableHtmlForInline = false;
        ObjectRenderers.Replace<LiteralInlineRenderer>(new TextOf<LiteralInline>(static (r, literal) => r.Write(ref literal.Content)));
        ObjectRenderers.Replace<CodeInlineRenderer>(new TextOf<CodeInline>(static (r, code) => r.Write(code.ContentSpan)));
        ObjectRenderers.Replace<HtmlEntityInlineRenderer>(new TextOf<HtmlEntityInline>(static (r, entity) => r.Write(entity.Transcoded.AsSpan())));
        ObjectRenderers.Replace<AutolinkInlineRenderer>(new TextOf<AutolinkInline>(static (r, autolink) => r.Write(autolink.Url)));
        ObjectRenderers.Replace<LineBreakInlineRenderer>(new TextOf<LineBreakInline>(static (r, lineBreak) => WriteLineBreak(r, lineBreak)));
    }

    /// <summary>
    /// A hard break is <c>&lt;br /&gt;</c> and a line break in the markup, so always a line break in the text; a soft one,
    /// a line break if the line has text. A break with nothing after it in its container (only a link's text can end
    /// with one) writes nothing, as Markdig's HTML renderer writes nothing for it.
    /// </summary>
    private static void WriteLineBreak(HtmlRenderer renderer, LineBreakInline lineBreak)
    {
        if (lineBreak.NextSibling is null)
        {
            return;
        }

        if (lineBreak.IsHard)
        {
            renderer.WriteLine();
        }

        renderer.EnsureLine();
    }

    /// <summary>An inline written as its text.</summary>
    private sealed class TextOf<TInline>(Action<HtmlRenderer, TInline> write) : HtmlObjectRenderer<TInline>
        where TInline : MarkdownObject
    {
        protected override void Write(HtmlRenderer renderer, TInline obj) => write(renderer, obj);
    }

    /// <summary>
    /// The body's text, its top-level blocks one per line, and where in it the first top-level paragraph's text is.
    /// The characters are this renderer's own buffer, reused: valid until it reads the next body.
    /// </summary>
    public (ReadOnlyMemory<char> Text, Range? FirstParagraph) Read(MarkdownDocument document)
    {
        Reset();
        var written = ((StringWriter)Writer).GetStringBuilder();
        Range? firstParagraph = null;
        foreach (var block in document)
        {
            if (MarkdownAllowlist.RendersNothing(block))
            {
                continue;
            }

            Writer.Flush();
            var start = written.Length;
            Render(block);
            Writer.Flush();
            if (firstParagraph is null && block is ParagraphBlock)
            {
                firstParagraph = start..written.Length;
            }

            EnsureLine();
        }

        Writer.Flush();
        return (ReusableHtmlRenderer.CopyOut((StringWriter)Writer, _text), firstParagraph);
    }
}
