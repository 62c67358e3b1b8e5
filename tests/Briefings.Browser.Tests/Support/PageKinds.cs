namespace Briefings.Browser.Tests.Support;

/// <summary>
/// One page of every kind the site makes, by the name the tests report it under. The checks that apply
/// to every page (no horizontal scrolling, accessibility, screenshots) run over this list: a new page
/// kind is one line here.
/// </summary>
public static class PageKinds
{
    /// <summary>The page an unknown address gets: the site's 404 page, answered with status 404.</summary>
    public const string NotFound = "not-found";

    public static readonly IReadOnlyDictionary<string, string> Paths = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "/",
        ["feed-page-2"] = "/page/2/",
        ["article"] = "/angara-ship-docked-in-chinese-port/",
        ["quote"] = "/china-foreign-ministry-energy-cooperation/",
        ["video"] = "/drone-workshop-kyiv/",
        ["tag"] = "/tags/russia/",
        ["tag-index"] = "/tags/",
        ["section"] = "/sections/world/",
        ["author"] = "/authors/news-desk/",
        [NotFound] = "/no-such-briefing/",
    };

    /// <summary>The page kinds' names, as theory data.</summary>
    public static TheoryData<string> Names => [.. Paths.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The status the server answers a page kind with.</summary>
    public static int StatusOf(string kind) => kind == NotFound ? 404 : 200;
}
