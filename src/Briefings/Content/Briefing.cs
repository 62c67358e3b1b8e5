using System.Collections.Immutable;

namespace Briefings.Content;

/// <summary>
/// One briefing's front matter as the editor wrote it, checked and typed. The body is not kept here: it is
/// parsed once (<see cref="BriefingKeys.Markdown"/>), and everything derived from it (HTML, text facts,
/// reading time) lives in its own metadata, so no briefing holds a copy of its Markdown for the whole build.
/// </summary>
public sealed record Briefing
{
    public required string Slug { get; init; }

    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset Date { get; init; }

    public ItemType Type { get; init; } = ItemType.Article;

    public string? Section { get; init; }

    public ImmutableArray<string> Tags { get; init; } = [];

    public string? Summary { get; init; }

    /// <summary>The outlet reported on, shown as a prefix: "Reuters: …".</summary>
    public string? Source { get; init; }

    /// <summary>An author profile id (or a plain name when there is no profile).</summary>
    public string? Author { get; init; }

    public HeroImage? Image { get; init; }

    public VideoClip? Video { get; init; }

    public string? Quote { get; init; }

    public string? Speaker { get; init; }

    /// <summary>For quotes: when and where the words were said ("wrote on Truth Social").</summary>
    public string? Context { get; init; }

    /// <summary>Editor's picks for related cards, as slugs, each with the line it was written on.</summary>
    public ImmutableArray<SlugReference> Related { get; init; } = [];

    public bool Draft { get; init; }

    public DateTimeOffset? Expires { get; init; }

    /// <summary>Front matter keys Briefings does not know, kept for templates as strings.</summary>
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The 1-based line of each top-level front matter key, for diagnostics found after reading.</summary>
    public KeyLines KeyLines { get; init; } = KeyLines.None;

    /// <summary>The line of a front matter key, or 1 when the key is absent.</summary>
    public int LineOf(string key) => KeyLines.Find(key) ?? 1;

    /// <summary>1-based line of the body's first line in the source file.</summary>
    public int BodyLine { get; init; } = 1;
}
