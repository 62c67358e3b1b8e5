using Briefings.Tests.Support;

namespace Briefings.Browser.Tests.Support;

/// <summary>An item page as the build wrote it: its URL and the tag and author pages it links to.</summary>
public sealed record BuiltItem(string Url, IReadOnlyList<string> TagUrls, string? AuthorUrl);

/// <summary>Every published item, read from the built pages: the truth the tag and author pages should list.</summary>
public static class BuiltItems
{
    /// <summary>The items of the whole News Feed (every published item), newest first, each read from its own page.</summary>
    public static IReadOnlyList<BuiltItem> Read(BuiltSite site) =>
    [
        .. BuiltLists.Chain(site, "/", ShowMoreList.Feed).SelectMany(p => p.Items).Select(url =>
        {
            var page = site.PageAt(url);
            return new BuiltItem(
                url,
                [.. page.QuerySelectorAll("main a[rel~='tag']").Select(a => a.GetAttribute("href") ?? string.Empty)],
                page.QuerySelector("main a[rel~='author']")?.GetAttribute("href"));
        }),
    ];
}
