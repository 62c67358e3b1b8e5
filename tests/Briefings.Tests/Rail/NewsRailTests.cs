using System.Globalization;
using AngleSharp.Dom;
using Briefings.Tests.Support;

namespace Briefings.Tests.Rail;

[Collection(SampleSiteCollection.Name)]
public sealed class NewsRailTests(SampleSiteFixture fixture)
{
    private const string Angara = "angara-ship-docked-in-chinese-port";

    private BuiltSite Site => fixture.Site;

    /// <summary>The rail's items from the front matter: quotes, videos and the rail section's briefings, newest first.</summary>
    private static List<string> ShortItems =>
        [.. SampleContent.NewestFirst.Where(b => b.Type is "quote" or "video" || b.Section == SampleContent.Settings.RailSection).Select(b => b.Slug)];

    private static int Size => SampleContent.Settings.RailSize;

    [Fact]
    public void An_item_page_has_a_rail_headed_News_Feed_with_the_latest_short_items_newest_first()
    {
        var rail = Rail(Site.PageAt($"/{Angara}/"));
        var times = rail.QuerySelectorAll("[data-feed-items] > li time").Select(t => DateTimeOffset.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture)).ToList();

        Assert.Equal("News Feed", rail.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(ShortItems.Take(Size), RailSlugs(rail));
        Assert.Equal(times.OrderByDescending(t => t.UtcDateTime), times);
        Assert.Equal(Size, times.Count);
    }

    [Fact]
    public void The_rail_of_a_short_item_leaves_out_the_item_itself_and_still_shows_a_full_rail()
    {
        var own = ShortItems[1];
        var rail = Rail(Site.PageAt($"/{own}/"));

        Assert.Equal(ShortItems.Where(s => s != own).Take(Size), RailSlugs(rail));
    }

    [Fact]
    public void The_rail_Show_More_links_to_the_news_feed_section_and_loads_an_existing_fragment_into_the_rail()
    {
        var page = Site.PageAt($"/{Angara}/");
        var more = Rail(page).QuerySelector("a[data-show-more]")!;
        var fragmentUrl = more.GetAttribute("data-show-more-src")!;

        Assert.Equal($"/sections/{SampleContent.Settings.RailSection}/", more.GetAttribute("href"));
        Assert.True(Site.Exists($"sections/{SampleContent.Settings.RailSection}/index.html"));
        Assert.Same(Rail(page).QuerySelector("[data-feed-items]"), page.QuerySelector(more.GetAttribute("data-show-more-target")!));
        Assert.True(Site.Exists(fragmentUrl.TrimStart('/') + "index.html"), $"{fragmentUrl} is in the output");
        Assert.Equal(ShortItems.Skip(Size).Take(Size), RailSlugs(Site.PageAt(fragmentUrl).QuerySelector("[data-feed-items]")!.ParentElement!));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/" + Angara + "/")]
    [InlineData("/drones-enter-polish-airspace/")]
    [InlineData("/foreign-fighters-in-ukraine/")]
    public void Show_More_walks_through_every_other_short_item_exactly_once(string pageUrl)
    {
        var own = pageUrl.Trim('/');
        var rail = Rail(Site.PageAt(pageUrl));
        var seen = RailSlugs(rail);
        for (var next = rail.QuerySelector("a[data-show-more]")?.GetAttribute("data-show-more-src"); next is not null;)
        {
            var fragment = Site.PageAt(next);
            seen.AddRange(RailSlugs(fragment.QuerySelector("[data-feed-items]")!.ParentElement!));
            next = fragment.QuerySelector("a[data-show-more]")?.GetAttribute("data-show-more-src");
        }

        var expected = ShortItems.Where(s => s != own || ShortItems.IndexOf(s) >= Size).ToList();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void The_home_pages_carry_the_rail_and_other_listings_do_not()
    {
        Assert.Equal(ShortItems.Take(Size), RailSlugs(Rail(Site.PageAt("/"))));
        Assert.Equal(ShortItems.Take(Size), RailSlugs(Rail(Site.PageAt("/page/2/"))));
        Assert.Null(Site.PageAt("/sections/world/").QuerySelector("aside.news-rail"));
        Assert.Null(Site.PageAt("/authors/news-desk/").QuerySelector("aside.news-rail"));
    }

    [Fact]
    public void The_rail_comes_after_the_main_content_so_the_feed_list_is_the_pages_first()
    {
        var home = Site.PageAt("/");

        Assert.Same(home.QuerySelector("main [data-feed-items]"), home.QuerySelector("[data-feed-items]"));
        Assert.Null(home.QuerySelector("main aside.news-rail"));
    }

    private static IElement Rail(IDocument page)
    {
        var rails = page.QuerySelectorAll("aside.news-rail");
        return Assert.Single(rails);
    }

    private static List<string> RailSlugs(IElement rail) =>
        [.. rail.QuerySelectorAll("[data-feed-items] > li").Select(li => Listing.SlugOf(li.QuerySelector("a")!))];
}
