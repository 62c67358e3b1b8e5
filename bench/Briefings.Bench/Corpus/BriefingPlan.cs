namespace Briefings.Bench.Corpus;

/// <summary>What is decided about a briefing before any is written: enough for others to link to it.</summary>
public sealed record BriefingPlan(
    int Index,
    string Slug,
    string Title,
    DateTimeOffset Date,
    string Type,
    string Section,
    string Source,
    string Author,
    IReadOnlyList<string> Tags,
    bool Draft);
