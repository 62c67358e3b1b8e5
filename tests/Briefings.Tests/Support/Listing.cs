using AngleSharp.Dom;

namespace Briefings.Tests.Support;

/// <summary>Reads a paginated list of cards (section, author, feed pages) by following its rel="next" links.</summary>
public static class Listing
{
    /// <summary>The item slugs on every page of the list starting at <paramref name="firstPage"/>, in page order.</summary>
    public static List<string> Slugs(BuiltSite site, string firstPage)
    {
        var slugs = new List<string>();
        for (var url = firstPage; url is not null;)
        {
            var page = site.PageAt(url);
            slugs.AddRange(page.QuerySelectorAll("main [data-feed-items] > li .card__title a, main [data-feed-items] > li .card--quote .meta a").Select(SlugOf));
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        return slugs;
    }

    /// <summary>"/angara-ship-docked-in-chinese-port/" → "angara-ship-docked-in-chinese-port".</summary>
    public static string SlugOf(IElement link) => link.GetAttribute("href")!.Trim('/');
}
