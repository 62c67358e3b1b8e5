using System.Collections.Immutable;

namespace Briefings.Feeds;

/// <summary>
/// One feed, independent of its format: the site's or a tag's newest items. URLs are absolute.
/// <see cref="Updated"/> is the newest item's date, so a feed changes only when its items do.
/// </summary>
public sealed record FeedChannel(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string RssUrl,
    string AtomUrl,
    string JsonUrl,
    DateTimeOffset Updated,
    ImmutableArray<FeedEntry> Entries);

/// <summary>One item as every feed format carries it. <see cref="ContentHtml"/> is null when feeds carry summaries only.</summary>
public sealed record FeedEntry(
    string Url,
    string Title,
    string Summary,
    string? ContentHtml,
    DateTimeOffset Published,
    string? AuthorName,
    string? AuthorUrl,
    ImmutableArray<string> Tags,
    string? ImageUrl);
