using Briefings.Engine.Documents;
using Markdig.Syntax;

namespace Briefings.Content;

/// <summary>The metadata a briefing document gathers on its way through the Content pipeline.</summary>
public static class BriefingKeys
{
    public static readonly MetadataKey<Briefing> Briefing = new("Briefing");

    /// <summary>The parsed Markdown, kept so it is parsed once and diagnostics can point at body lines.</summary>
    public static readonly MetadataKey<MarkdownDocument> Markdown = new("Briefing.Markdown");

    public static readonly MetadataKey<string> BodyHtml = new("Briefing.BodyHtml");

    public static readonly MetadataKey<Reading.TextFacts> TextFacts = new("Briefing.TextFacts");

    public static readonly MetadataKey<Reading.ReadingTime> ReadingTime = new("Briefing.ReadingTime");
}
