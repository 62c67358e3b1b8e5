using AngleSharp.Html.Parser;
using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;

namespace Briefings.Reading;

/// <summary>Reads the rendered body with AngleSharp once and records its text facts.</summary>
public sealed class ReadTextFacts : PerDocumentModule
{
    protected override Document? Execute(Document input, PipelineContext context) =>
        input.With(BriefingKeys.TextFacts, context.Reuse(nameof(ReadTextFacts), input, () => Read(input.Get(BriefingKeys.BodyHtml))));

    /// <summary>
    /// A parser and the empty document whose body the fragments are parsed in, made once per thread:
    /// making them costs more than parsing a body. A parser is not thread-safe, so threads do not share one.
    /// </summary>
    [ThreadStatic]
    private static (HtmlParser Parser, AngleSharp.Dom.IElement Body)? _parsing;

    public static TextFacts Read(string bodyHtml)
    {
        var (parser, body) = _parsing ??= NewParsing();
        var nodes = parser.ParseFragment(bodyHtml, body);
        var text = string.Join(" ", nodes.Select(n => n.TextContent));
        var firstParagraph = nodes.OfType<AngleSharp.Dom.IElement>().FirstOrDefault(e => e.LocalName == "p")?.TextContent.Trim() ?? string.Empty;
        var (words, cjk) = TextCounter.Count(text);
        return new TextFacts(text, words, cjk, firstParagraph);
    }

    private static (HtmlParser, AngleSharp.Dom.IElement) NewParsing()
    {
        var parser = new HtmlParser();
        return (parser, parser.ParseDocument(string.Empty).Body!);
    }
}
