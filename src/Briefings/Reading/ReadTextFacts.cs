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

    private static TextFacts Read(string bodyHtml)
    {
        var parser = new HtmlParser();
        var body = parser.ParseDocument(string.Empty).Body!;
        var nodes = parser.ParseFragment(bodyHtml, body);
        var text = string.Join(" ", nodes.Select(n => n.TextContent));
        var firstParagraph = nodes.OfType<AngleSharp.Dom.IElement>().FirstOrDefault(e => e.LocalName == "p")?.TextContent.Trim() ?? string.Empty;
        var (words, cjk) = TextCounter.Count(text);
        return new TextFacts(text, words, cjk, firstParagraph);
    }
}
