using Briefings.Site;

namespace Briefings.Feeds;

/// <summary>Where the feeds live: /rss.xml, /atom.xml, /feed.json for the site, and the same names under /tags/&lt;slug&gt;/.</summary>
public static class FeedUrls
{
    public const string Rss = "rss.xml";
    public const string Atom = "atom.xml";
    public const string Json = "feed.json";

    /// <summary>The folder (root-relative, ending in '/') holding the feeds of the site (tag null) or of a tag.</summary>
    public static string Folder(SiteUrls urls, string? tag) => tag is null ? urls.Home : urls.Tag(tag);

    /// <summary>The three feeds of the site (tag null) or of a tag, for &lt;link rel="alternate"&gt;.</summary>
    public static IEnumerable<FeedLinkView> Links(SiteUrls urls, string title, string? tag = null)
    {
        var folder = Folder(urls, tag);
        yield return new FeedLinkView($"{title} (RSS)", "application/rss+xml", folder + Rss);
        yield return new FeedLinkView($"{title} (Atom)", "application/atom+xml", folder + Atom);
        yield return new FeedLinkView($"{title} (JSON Feed)", "application/feed+json", folder + Json);
    }
}
