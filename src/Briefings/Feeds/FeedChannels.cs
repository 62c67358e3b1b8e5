using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Site;

namespace Briefings.Feeds;

/// <summary>Makes the feed channels of a catalog: one for the whole site, one per tag, each with its newest items.</summary>
public static class FeedChannels
{
    public static IEnumerable<(string? Tag, FeedChannel Channel)> Of(SiteCatalog catalog)
    {
        var settings = catalog.Settings;
        yield return (null, Channel(catalog, null, settings.Title, settings.Description, catalog.Items));
        foreach (var group in catalog.Tags)
        {
            var tag = group.Tag;
            yield return (tag.Slug, Channel(catalog, tag.Slug, $"{settings.Title}: {tag.Name}", $"Briefings tagged {tag.Name}.", group.Items));
        }
    }

    private static FeedChannel Channel(SiteCatalog catalog, string? tag, string title, string description, ImmutableArray<CatalogEntry> items)
    {
        var urls = catalog.Urls;
        var folder = FeedUrls.Folder(urls, tag);
        var entries = items.Take(catalog.Settings.FeedSize).Select(e => Entry(e, catalog)).ToImmutableArray();
        return new FeedChannel(
            title,
            description,
            catalog.Settings.Language,
            urls.Absolute(folder),
            urls.Absolute(folder + FeedUrls.Rss),
            urls.Absolute(folder + FeedUrls.Atom),
            urls.Absolute(folder + FeedUrls.Json),
            entries.IsEmpty ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Published),
            entries);
    }

    private static FeedEntry Entry(CatalogEntry entry, SiteCatalog catalog)
    {
        var item = entry.View;
        var url = new Uri(catalog.Urls.Absolute(item.Url));
        var picture = item.Image ?? item.Video?.Poster;
        var body = item.Body.Value;
        return new FeedEntry(
            url.AbsoluteUri,
            item.Source is null ? item.Title : $"{item.Source}: {item.Title}",
            entry.Description,
            catalog.Settings.FeedContent == FeedContent.Full && !string.IsNullOrWhiteSpace(body) ? AbsoluteLinks.Rewrite(body, url) : null,
            entry.Briefing.Date,
            item.Author?.Name,
            item.Author?.Url is { } author ? new Uri(url, author).AbsoluteUri : null,
            [.. item.Tags.Select(t => t.Name)],
            picture is null ? null : new Uri(url, picture.Src).AbsoluteUri);
    }
}
