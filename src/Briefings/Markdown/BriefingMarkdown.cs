using System.Buffers;
using Markdig.Extensions.Abbreviations;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// Parses a briefing's Markdown exactly as <see cref="MarkdownPipelines.Briefing"/> does, for a third less CPU or
/// better when the body has no bare URL. Markdig's AutoLinks extension turns a bare <c>https://…</c>, <c>www.…</c>,
/// <c>ftp://…</c>, <c>mailto:…</c> or <c>tel:…</c> into a link, and to find them it stops its scan of text at
/// every h, f, m, t and w: a third to a half of a typical body's parse. So the body is parsed without AutoLinks first,
/// and again with it only where it could have linked something.
/// </summary>
/// <remarks>
/// Why the first parse is then the same tree: until AutoLinks links something, a parse with it reads exactly
/// what one without it reads (where it declines, the literal text parser takes the same characters, and
/// adjacent text is merged into one literal inline either way). And where it links, the parse without it has
/// read the URL's first letter as text: no other inline parser opens on those letters. So a body in which no
/// text inline covers the start of a URL prefix (a link's destination, code and raw HTML are not text inlines)
/// has nothing AutoLinks could link. Abbreviations, the one extension that post-processes each piece of
/// text as it is read, are left to the full parse.
/// </remarks>
public static class BriefingMarkdown
{
    /// <summary>Where an autolink could begin (any case, so a superset of what AutoLinks accepts).</summary>
    private static readonly SearchValues<string> UrlPrefixes =
        SearchValues.Create(["http://", "https://", "ftp://", "mailto:", "tel:", "www."], StringComparison.OrdinalIgnoreCase);

    public static MarkdownDocument Parse(string text)
    {
        var document = Markdig.Markdown.Parse(text, MarkdownPipelines.BriefingWithoutAutoLinks);
        return MayAutoLink(text, document) ? Markdig.Markdown.Parse(text, MarkdownPipelines.Briefing) : document;
    }

    /// <summary>Whether a URL prefix starts inside a text inline of <paramref name="document"/>, or the document defines abbreviations.</summary>
    internal static bool MayAutoLink(string text, MarkdownDocument document)
    {
        var prefixes = PrefixStarts(text);
        if (prefixes.Count == 0)
        {
            return false;
        }

        if (document.HasAbbreviations())
        {
            return true;
        }

        return Covers(document, prefixes);
    }

    /// <summary>Whether a text inline under <paramref name="block"/> covers one of <paramref name="positions"/> (a walk that allocates nothing).</summary>
    private static bool Covers(Block block, List<int> positions)
    {
        switch (block)
        {
            case ContainerBlock container:
                foreach (var child in container)
                {
                    if (Covers(child, positions))
                    {
                        return true;
                    }
                }

                return false;
            case LeafBlock { Inline: { } inline }:
                return Covers(inline, positions);
            default:
                return false;
        }
    }

    private static bool Covers(ContainerInline container, List<int> positions)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var covered = inline switch
            {
                LiteralInline literal => Covers(literal.Span, positions),
                ContainerInline inner => Covers(inner, positions),
                _ => false,
            };
            if (covered)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covers(SourceSpan span, List<int> positions)
    {
        var at = positions.BinarySearch(span.Start);
        return at >= 0 || (~at < positions.Count && positions[~at] <= span.End);
    }

    /// <summary>Every position where a URL prefix starts, in order.</summary>
    private static List<int> PrefixStarts(string text)
    {
        var starts = new List<int>();
        for (var at = text.AsSpan().IndexOfAny(UrlPrefixes); at >= 0;)
        {
            starts.Add(at);
            var next = text.AsSpan(at + 1).IndexOfAny(UrlPrefixes);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return starts;
    }
}
