using System.Buffers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefings.Markdown;
using Briefings.Related;
using Briefings.Safety;
using Markdig.Syntax;

namespace Briefings.Reading;

/// <summary>Reads a rendered body's text facts from its HTML tree.</summary>
public static class TextFactsReader
{
    /// <summary>
    /// A parser and the empty document whose body the fragments are parsed in, made once per thread:
    /// making them costs more than parsing a body. A parser is not thread-safe, so threads do not share one.
    /// </summary>
    [ThreadStatic]
    private static (HtmlParser Parser, IElement Body)? _parsing;

    [ThreadStatic]
    private static ArrayBufferWriter<char>? _text;

    [ThreadStatic]
    private static ReusableTextRenderer? _textRenderer;

    /// <summary>
    /// The facts of a body already parsed (the sanitizer's tree, so a body is parsed once). Adjacent text
    /// nodes (left where the sanitizer removed an element between them) count as one, as parsing the
    /// body's markup again would make them, so the facts equal those of <see cref="Read(string)"/> on its markup.
    /// </summary>
    public static TextFacts Read(IElement body) => Read(body.ChildNodes);

    /// <summary>The facts of body markup, parsed here as a fragment of a body.</summary>
    public static TextFacts Read(string bodyHtml)
    {
        var (parser, body) = _parsing ??= NewParsing();
        return Read(parser.ParseFragment(bodyHtml, body));
    }

    /// <summary>
    /// The body's text is each top-level node's text content, joined by spaces, where a run of adjacent
    /// text nodes is one node and an empty text node none (the DOM's normalize, without walking and
    /// rewriting the whole tree for it). It is gathered in one buffer per thread, reused for every body,
    /// instead of a string per node joined into another, and counted where it lies: only the lead and
    /// the first paragraph become strings.
    /// </summary>
    private static TextFacts Read(INodeList nodes)
    {
        var text = _text ??= new ArrayBufferWriter<char>();
        text.ResetWrittenCount();
        string? firstParagraph = null;
        var written = 0;
        var inTextRun = false;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is IText { Data: var data })
            {
                if (data.Length > 0)
                {
                    if (!inTextRun && written++ > 0)
                    {
                        text.Write(" ".AsSpan());
                    }

                    text.Write(data.AsSpan());
                    inTextRun = true;
                }

                continue;
            }

            if (written++ > 0)
            {
                text.Write(" ".AsSpan());
            }

            inTextRun = false;
            var start = text.WrittenCount;
            AppendTextContent(nodes[i], text);
            if (firstParagraph is null && nodes[i] is IElement { LocalName: "p" })
            {
                firstParagraph = new string(text.WrittenSpan[start..].Trim());
            }
        }

        return Facts(text.WrittenSpan, firstParagraph);
    }

    /// <summary>
    /// The facts of a body read from its Markdown tree, without its markup: for a body <see cref="MarkdownAllowlist"/>
    /// admits, the same words, counts and first paragraph as the sanitized tree's (the text differs only in where
    /// whitespace falls between elements).
    /// </summary>
    public static TextFacts Read(MarkdownDocument document)
    {
        var (text, firstParagraph) = (_textRenderer ??= new ReusableTextRenderer()).Read(document);
        return Facts(text.Span, firstParagraph is { } range ? new string(text.Span[range].Trim()) : null);
    }

    private static TextFacts Facts(ReadOnlySpan<char> plainText, string? firstParagraph)
    {
        var (words, cjk) = TextCounter.Count(plainText);
        var lead = TermReader.Lead(plainText, RelatedWeights.BodyWords);
        return new TextFacts(lead, words, cjk, firstParagraph ?? string.Empty);
    }

    /// <summary>
    /// Appends what the DOM's <c>textContent</c> of <paramref name="node"/> is: a text or comment node's
    /// data, an element's descendant text nodes in document order. Walks the tree by its links, not by
    /// recursion: raw HTML may nest elements thousands deep.
    /// </summary>
    private static void AppendTextContent(INode node, ArrayBufferWriter<char> text)
    {
        if (node is ICharacterData data)
        {
            text.Write(data.Data.AsSpan());
            return;
        }

        if (node is not IElement)
        {
            return; // textContent is null for the other node types; joining writes nothing for it
        }

        var current = node.FirstChild;
        while (current is not null)
        {
            if (current is IText leaf)
            {
                text.Write(leaf.Data.AsSpan());
            }

            if (current.FirstChild is { } child && current is not ICharacterData)
            {
                current = child;
                continue;
            }

            while (current is not null && current != node && current.NextSibling is null)
            {
                current = current.Parent;
            }

            current = current is null || current == node ? null : current.NextSibling;
        }
    }

    private static (HtmlParser, IElement) NewParsing()
    {
        var parser = new HtmlParser();
        return (parser, parser.ParseDocument(string.Empty).Body!);
    }
}
