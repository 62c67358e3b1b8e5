using System.Runtime.InteropServices;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Briefings.Safety;

/// <summary>
/// Hands a body to HtmlSanitizer's parser the cheap way. HtmlSanitizer wraps the body into a document and
/// parses it with a scripting parser (so <c>&lt;noscript&gt;</c> content is raw text, as in a browser), and
/// AngleSharp reads a string given to a scripting parser through a source <c>document.write</c> could insert
/// into: a pooled StringBuilder read one character at a time through its indexer. Given read-only memory,
/// the same parser, with the same options and browsing context, reads the same characters from a span:
/// the same tree, about three times faster (this parse was the largest single cost of the Content pipeline).
/// </summary>
public static class ReadOnlySource
{
    /// <summary>What HtmlSanitizer puts before the body it parses (its <c>SanitizeDom(string)</c>).</summary>
    public const string DocumentPrefix = "<!doctype html><html><body>";

    /// <summary>
    /// The one character the two sources read differently: the writable source reads U+FFFF (AngleSharp's
    /// end-of-file mark) as U+FFFD, the read-only one as itself. A body holding it takes HtmlSanitizer's own way.
    /// </summary>
    private const char EndOfFileMark = '\uFFFF';

    public static bool CanRead(ReadOnlySpan<char> html) => !html.Contains(EndOfFileMark);

    /// <summary>Parses <paramref name="html"/> wrapped as HtmlSanitizer wraps it. Only for markup <see cref="CanRead"/> accepts.</summary>
    public static IHtmlDocument Parse(HtmlParser parser, ReadOnlyMemory<char> html) => parser.ParseDocument(Wrapped(html));

    /// <summary>
    /// <see cref="DocumentPrefix"/> and <paramref name="html"/> as one run of characters. When <paramref name="html"/>
    /// is the end of a string or array that already holds the prefix right before it (as <see cref="SanitizeHtml"/>
    /// renders bodies), that is the string or array itself, from the prefix on: no copy. Otherwise the two are joined into a new string.
    /// </summary>
    internal static ReadOnlyMemory<char> Wrapped(ReadOnlyMemory<char> html)
    {
        if (MemoryMarshal.TryGetString(html, out var text, out var start, out var length) && EndsWithPrefix(text.AsSpan(0, start)))
        {
            return text.AsMemory(start - DocumentPrefix.Length, DocumentPrefix.Length + length);
        }

        if (MemoryMarshal.TryGetArray(html, out var segment) && EndsWithPrefix(segment.Array.AsSpan(0, segment.Offset)))
        {
            return segment.Array.AsMemory(segment.Offset - DocumentPrefix.Length, DocumentPrefix.Length + segment.Count);
        }

        return string.Concat(DocumentPrefix, html.Span).AsMemory();
    }

    private static bool EndsWithPrefix(ReadOnlySpan<char> before) => before.EndsWith(DocumentPrefix);
}
