using Briefings.Catalog;
using Briefings.Site;

namespace Briefings.Pages;

public static class SiteViews
{
    public static SiteView Create(SiteContext site) => new()
    {
        Title = site.Settings.Title,
        Description = site.Settings.Description,
        Language = site.Settings.Language,
        BaseUrl = site.Settings.BaseUrl.AbsoluteUri,
        HomeUrl = site.Urls.Home,
        TagsUrl = site.Urls.TagIndex,
        StylesheetUrl = site.Urls.Asset("assets/site.css"),
        ScriptUrl = site.Urls.Asset("assets/site.js"),
        Sections = [.. site.Settings.Sections.Select(s => new LinkView(s.Name, site.Urls.Section(s.Id), s.Id))],
    };
}
