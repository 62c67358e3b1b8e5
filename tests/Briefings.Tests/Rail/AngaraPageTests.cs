using Briefings.Tests.Support;

namespace Briefings.Tests.Rail;

/// <summary>The seed page's newsroom furniture: the section label, the author box and the News Feed rail.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class AngaraPageTests(SampleSiteFixture fixture)
{
    [Fact]
    public void The_Angara_page_shows_its_section_label_author_box_and_rail()
    {
        var page = fixture.Site.PageAt("/angara-ship-docked-in-chinese-port/");

        var label = page.QuerySelector("main article header a.section-label")!;
        Assert.Equal(("World", "/sections/world/"), (label.TextContent.Trim(), label.GetAttribute("href")));

        var box = page.QuerySelector("main article .author-box")!;
        Assert.Equal("Briefings News Desk", box.QuerySelector(".author-box__name")!.TextContent.Trim());
        Assert.Equal("/authors/news-desk/", box.QuerySelector(".author-box__name a")!.GetAttribute("href"));
        Assert.False(string.IsNullOrWhiteSpace(box.QuerySelector("img")!.GetAttribute("alt")));

        var rail = page.QuerySelector("aside.news-rail")!;
        Assert.Equal("News Feed", rail.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(6, rail.QuerySelectorAll("[data-feed-items] > li").Length);
        Assert.DoesNotContain(rail.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/angara-ship-docked-in-chinese-port/");
        Assert.Equal("Show More", rail.QuerySelector("a[data-show-more]")!.TextContent.Trim());
    }
}
