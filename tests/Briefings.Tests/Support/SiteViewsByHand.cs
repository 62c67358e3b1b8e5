using Briefings.Pages;

namespace Briefings.Tests.Support;

/// <summary>A site view made by hand, for template tests that need no built site: no stylesheet, no script, no sections or feeds unless given.</summary>
public static class SiteViewsByHand
{
    public static SiteView News() => new()
    {
        Title = "News",
        Description = "About news.",
        Language = "en",
        BaseUrl = "https://news.example/",
        HomeUrl = "/",
        TagsUrl = "/tags/",
        StylesheetUrl = null,
        ScriptUrl = null,
    };
}
