using Briefings.Catalog;
using Briefings.Feeds;
using Briefings.Fingerprint;
using Briefings.Site;

namespace Briefings.Pages;

public static class SiteViews
{
    /// <summary>The site view; stylesheet and script URLs are the fingerprinted names the Assets pipeline chose.</summary>
    public static SiteView Create(SiteContext site, AssetManifest assets) => new()
    {
        Title = site.Settings.Title,
        Description = site.Settings.Description,
        Language = site.Settings.Language,
        BaseUrl = site.Settings.BaseUrl.AbsoluteUri,
        HomeUrl = site.Urls.Home,
        TagsUrl = site.Urls.TagIndex,
        StylesheetUrl = assets.DestinationOf("assets/site.css") is { } stylesheet ? site.Urls.Asset(stylesheet) : null,
        ScriptUrl = assets.DestinationOf("assets/site.js") is { } script ? site.Urls.Asset(script) : null,
        Sections = [.. site.Settings.Sections.Select(s => new LinkView(s.Name, site.Urls.Section(s.Id), s.Id))],
        Feeds = [.. FeedUrls.Links(site.Urls, site.Settings.Title)],
    };
}
