using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Content;
using Briefings.Site;

namespace Briefings.Rail;

/// <summary>
/// The News Feed rail, built once per build: every short item (quotes, videos, and the briefings of
/// the configured rail section), newest first. A page takes the first <c>rail.size</c> of them
/// without its own item; "Show More" then loads fragments that start where that page stopped.
/// </summary>
/// <remarks>
/// A page whose own item is among the first <c>size</c> shows <c>size + 1</c> items minus its own, so it
/// continues at offset <c>size + 1</c>; every other page continues at <c>size</c>. Fragments are therefore
/// generated in two chains (size, 2·size, … and size + 1, 2·size + 1, …), so no page shows an item twice
/// or skips one.
/// </remarks>
public sealed class NewsRail
{
    private readonly SiteUrls _urls;

    private NewsRail(ImmutableArray<ItemView> items, int size, string allUrl, SiteUrls urls)
    {
        Items = items;
        Size = size;
        AllUrl = allUrl;
        _urls = urls;
        Latest = Slice(0, size);
    }

    /// <summary>Every rail item, newest first.</summary>
    public ImmutableArray<ItemView> Items { get; }

    public int Size { get; }

    /// <summary>The news-feed section page: where "Show More" leads without JavaScript.</summary>
    public string AllUrl { get; }

    /// <summary>The rail of pages that are not one of its items (the home pages).</summary>
    public RailView Latest { get; }

    public static NewsRail Create(ImmutableArray<CatalogEntry> entries, SiteSettings settings, SiteUrls urls) => new(
        [.. entries.Where(e => IsShort(e, settings)).Select(e => e.View)],
        settings.RailSize,
        urls.Section(settings.RailSection),
        urls);

    /// <summary>Quotes and videos are always short; articles are when they sit in the rail section.</summary>
    public static bool IsShort(CatalogEntry entry, SiteSettings settings) =>
        entry.Briefing.Type is ItemType.Quote or ItemType.Video || entry.View.Section?.Slug == settings.RailSection;

    /// <summary>The rail of an item's page: the latest items without the item itself.</summary>
    public RailView For(string slug)
    {
        var own = Items.Take(Size).Select(i => i.Slug).ToList().IndexOf(slug);
        if (own < 0)
        {
            return Latest;
        }

        var items = Items.Take(Size + 1).Where(i => i.Slug != slug).ToImmutableArray();
        return new RailView(items, MoreUrl(Size + 1), AllUrl);
    }

    /// <summary>The fragments "Show More" loads, by offset, each with the next one's URL.</summary>
    public IEnumerable<(int Offset, string Url, RailView View)> Fragments() =>
        new[] { Size, Size + 1 }
            .SelectMany(start => Enumerable.Range(0, Items.Length).Select(k => start + (k * Size)).TakeWhile(offset => offset < Items.Length))
            .Distinct()
            .Order()
            .Select(offset => (offset, _urls.RailFragment(offset), Slice(offset, Size)));

    private RailView Slice(int offset, int count) =>
        new([.. Items.Skip(offset).Take(count)], MoreUrl(offset + count), AllUrl);

    private string? MoreUrl(int offset) => offset < Items.Length ? _urls.RailFragment(offset) : null;
}
