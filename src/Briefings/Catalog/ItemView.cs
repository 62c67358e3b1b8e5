using System.Collections.Immutable;
using Briefings.Authors;
using Briefings.Templates;

namespace Briefings.Catalog;

/// <summary>
/// One published item as every template sees it (in Scriban, members are snake_case:
/// <c>item.reading_time</c>). Built once per build and shared by every page that shows the item.
/// </summary>
public sealed record ItemView : IImmutableView
{
    public required string Slug { get; init; }

    /// <summary>"article", "quote" or "video".</summary>
    public required string Type { get; init; }

    public required string Url { get; init; }

    public required string Title { get; init; }

    /// <summary>The outlet reported on ("Reuters"), shown before the title; may be null.</summary>
    public string? Source { get; init; }

    public string? Summary { get; init; }

    /// <summary>ISO 8601 with offset, for <c>&lt;time datetime&gt;</c>.</summary>
    public required string DateIso { get; init; }

    /// <summary>The date in the site's time zone for people: "April 26, 2024".</summary>
    public required string DateDisplay { get; init; }

    /// <summary>Date and time in the site's time zone: "April 26, 2024 09:30".</summary>
    public required string DateTimeDisplay { get; init; }

    public required int ReadingMinutes { get; init; }

    /// <summary>"2 min read".</summary>
    public required string ReadingTime { get; init; }

    public LinkView? Section { get; init; }

    /// <summary>The author: a profile, or only a name when the briefing names no profile.</summary>
    public AuthorView? Author { get; init; }

    public ImmutableArray<LinkView> Tags { get; init; } = [];

    public ImageView? Image { get; init; }

    public VideoView? Video { get; init; }

    /// <summary>The picture a small card shows: the image, else the video's poster; null when the item has neither.</summary>
    public ImageView? Thumbnail => Image ?? Video?.Poster;

    public string? Quote { get; init; }

    public string? Speaker { get; init; }

    public string? Context { get; init; }

    /// <summary>The rendered body: the one value templates write unescaped.</summary>
    public required Html Body { get; init; }

    /// <summary>Front matter keys Briefings does not know, as text, for custom templates.</summary>
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>
    /// Identity, not member-wise equality: the catalog makes one view per item per build, shared by every page that shows
    /// the item, so two views are the same item exactly when they are the same instance. Scriban's <c>for</c> compares each
    /// item with the one before at every step (for <c>for.changed</c>), and member-wise equality read the previous item's
    /// fields to tell two different items apart (see docs/performance.md).
    /// </summary>
    public bool Equals(ItemView? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
