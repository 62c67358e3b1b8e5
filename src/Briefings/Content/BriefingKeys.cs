using Briefings.Engine.Documents;
using Markdig.Syntax;

namespace Briefings.Content;

/// <summary>The metadata a briefing document gathers on its way through the Content pipeline.</summary>
public static class BriefingKeys
{
    public static readonly MetadataKey<Briefing> Briefing = new("Briefing");

    /// <summary>The parsed Markdown, kept so it is parsed once and diagnostics can point at body lines.</summary>
    public static readonly MetadataKey<MarkdownDocument> Markdown = new("Briefing.Markdown");

    /// <summary>The sanitized body, held as UTF-8 until its page is written.</summary>
    public static readonly MetadataKey<Templates.Html> Body = new("Briefing.Body");

    public static readonly MetadataKey<Reading.TextFacts> TextFacts = new("Briefing.TextFacts");

    public static readonly MetadataKey<Reading.ReadingTime> ReadingTime = new("Briefing.ReadingTime");
}
