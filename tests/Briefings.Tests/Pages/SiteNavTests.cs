using AngleSharp.Html.Parser;
using Briefings.Catalog;
using Briefings.Pages;
using Briefings.Templates;
using Briefings.Tests.Support;
using Scriban.Runtime;

namespace Briefings.Tests.Pages;

/// <summary>The navigation a page shows (<c>nav</c>): which link is the page's own, and one view per state.</summary>
public sealed class SiteNavTests
{
    private static readonly SiteView Site = SiteViewsByHand.News() with
    {
        Sections = [new LinkView("World", "/sections/world/", "world"), new LinkView("Economy & Trade", "/sections/economy/", "economy")],
    };

    [Theory]
    [InlineData("/", "home", null, null, null)]
    [InlineData("/some-briefing/", "article", null, null, null)]
    [InlineData("/sections/economy/", "section", null, "page", null)]
    [InlineData("/sections/economy/page/2/", "section", null, null, null)] // a later page is not the section's own link
    [InlineData("/sections/world/", "section", "page", null, null)]
    [InlineData("/tags/", "tags", null, null, "page")]
    [InlineData("/tags/russia/", "tag", null, null, "true")]
    public void A_link_is_current_only_on_its_own_page(string url, string kind, string? world, string? economy, string? tags)
    {
        var nav = Render(new SiteNav(Site).For(url, kind));

        var links = nav.QuerySelectorAll("a");
        Assert.Equal(["/sections/world/", "/sections/economy/", "/tags/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["World", "Economy & Trade", "Tags"], links.Select(a => a.TextContent));
        Assert.Equal([world, economy, tags], links.Select(a => a.GetAttribute("aria-current")));
    }

    [Fact]
    public void Pages_in_the_same_state_share_one_view()
    {
        var nav = new SiteNav(Site);

        Assert.Same(nav.For("/a/", "article"), nav.For("/b/", "video"));
        Assert.Same(nav.For("/tags/x/", "tag"), nav.For("/tags/y/page/2/", "tag"));
        Assert.NotSame(nav.For("/a/", "article"), nav.For("/tags/x/", "tag"));
        Assert.NotSame(nav.For("/sections/world/", "section"), nav.For("/sections/economy/", "section"));
    }

    /// <summary>The shipped navigation partial, rendered for <paramref name="nav"/>.</summary>
    private static AngleSharp.Dom.IElement Render(NavView nav)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "partials", "site-nav.html"));
        var templates = TemplateSet.Parse([("partials/site-nav", "site-nav.html", text)], diagnostic => Assert.Fail(diagnostic.Message));
        var html = templates.Render("partials/site-nav", new ScriptObject { ["nav"] = nav });
        return new HtmlParser().ParseDocument(html).QuerySelector("nav.site-nav") ?? throw new InvalidOperationException("no nav");
    }
}
