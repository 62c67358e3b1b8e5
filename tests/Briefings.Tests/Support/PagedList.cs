using AngleSharp.Dom;

namespace Briefings.Tests.Support;

/// <summary>A paginated list (the News Feed, a tag) read the way a reader without JavaScript does: following "Show More" to the end.</summary>
public static class PagedList
{
    /// <summary>Every page from the first, in order, with its URL.</summary>
    public static IReadOnlyList<(string Url, IDocument Page)> Pages(BuiltSite site, string firstUrl)
    {
        var pages = new List<(string, IDocument)>();
        for (var url = firstUrl; url is not null; url = ShowMore(pages[^1].Item2)?.GetAttribute("href"))
        {
            Assert.True(pages.Count < 100, "Show More never ends");
            pages.Add((url, site.PageAt(url)));
        }

        return pages;
    }

    public static IElement? ShowMore(IDocument page) => page.QuerySelector("main a[data-show-more]");

    /// <summary>The slugs of a page's list items, in order, from each card's link to its item.</summary>
    public static IReadOnlyList<string> Slugs(IDocument page) =>
        [.. page.QuerySelectorAll("main [data-feed-items] > li").Select(li => li.QuerySelector(".card__link")!.GetAttribute("href")!.Trim('/'))];
}
