using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

[Collection(SampleSiteCollection.Name)]
public sealed class NotFoundPageTests(SampleSiteFixture fixture)
{
    [Fact]
    public void The_404_page_is_drawn_in_the_site_layout_and_is_not_indexed()
    {
        var page = fixture.Site.Page("404.html");

        Assert.Equal("Page not found", page.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("header.site-header a.site-title[href='/']"));
        Assert.StartsWith("/assets/site.", page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public void The_404_page_offers_the_newest_items_with_root_relative_links()
    {
        var links = fixture.Site.Page("404.html").QuerySelectorAll(".not-found__latest a").Select(a => a.GetAttribute("href")!).ToList();
        var newest = fixture.Site.PageAt("/").QuerySelectorAll(".feed__item").Take(5).Select(card => card.QuerySelector("a.card__link")!.GetAttribute("href"));

        Assert.Equal(newest, links);
        Assert.All(links, href => Assert.StartsWith("/", href));
    }
}
