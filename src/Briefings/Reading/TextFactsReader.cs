using AngleSharp.Dom;
using AngleSharp.Html.Parser;

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

    /// <summary>
    /// The facts of a body already parsed (the sanitizer's tree, so a body is parsed once). Adjacent text
    /// nodes (left where the sanitizer removed an element between them) are merged first, as parsing the
    /// body's markup again would, so the facts equal those of <see cref="Read(string)"/> on its markup.
    /// </summary>
    public static TextFacts Read(IElement body)
    {
        body.Normalize();
        return Read(body.ChildNodes);
    }

    /// <summary>The facts of body markup, parsed here as a fragment of a body.</summary>
    public static TextFacts Read(string bodyHtml)
    {
        var (parser, body) = _parsing ??= NewParsing();
        return Read(parser.ParseFragment(bodyHtml, body));
    }

    private static TextFacts Read(INodeList nodes)
    {
        var text = string.Join(" ", nodes.Select(n => n.TextContent));
        var firstParagraph = nodes.OfType<IElement>().FirstOrDefault(e => e.LocalName == "p")?.TextContent.Trim() ?? string.Empty;
        var (words, cjk) = TextCounter.Count(text);
        return new TextFacts(text, words, cjk, firstParagraph);
    }

    private static (HtmlParser, IElement) NewParsing()
    {
        var parser = new HtmlParser();
        return (parser, parser.ParseDocument(string.Empty).Body!);
    }
}
