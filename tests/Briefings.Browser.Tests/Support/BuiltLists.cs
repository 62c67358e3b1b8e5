using AngleSharp.Dom;
using Briefings.Tests.Support;

namespace Briefings.Browser.Tests.Support;

/// <summary>One page of a list as the build wrote it: the page's URL and the item URLs it lists.</summary>
public sealed record ListPage(string Url, IReadOnlyList<string> Items);

/// <summary>
/// Lists as the build wrote them, read with AngleSharp: the expectations the browser should meet after
/// each "Show More".
/// </summary>
public static class BuiltLists
{
    /// <summary>No sample list is this long; a link cycle must not hang the tests.</summary>
    private const int MaxPages = 100;

    /// <summary>
    /// The pages a list's "Show More" chain loads, starting with the page at <paramref name="path"/>:
    /// each next one is the link's <c>data-show-more-src</c>, else its <c>href</c>, until a page has no link.
    /// </summary>
    public static IReadOnlyList<ListPage> Chain(BuiltSite site, string path, ShowMoreList list)
    {
        var pages = new List<ListPage>();
        for (var url = path; url is not null; )
        {
            Assert.True(pages.Count < MaxPages, $"the \"Show More\" chain of #{list.Id} from {path} does not end");
            var document = site.PageAt(url);
            pages.Add(new ListPage(url, ItemUrls(document, list)));
            var link = document.QuerySelector(list.Link);
            url = link?.GetAttribute("data-show-more-src") ?? link?.GetAttribute("href");
        }

        return pages;
    }

    /// <summary>The item URLs a page's list shows, in order.</summary>
    public static IReadOnlyList<string> ItemUrls(IDocument document, ShowMoreList list) =>
        [.. document.QuerySelectorAll(list.Items).Select(ItemUrl)];

    /// <summary>The item an entry links to: its card's own link, else its first link.</summary>
    public static string ItemUrl(IElement entry) =>
        (entry.QuerySelector("a.card__link") ?? entry.QuerySelector("a[href]"))?.GetAttribute("href") ?? string.Empty;
}
