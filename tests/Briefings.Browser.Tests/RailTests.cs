using Briefings.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Browser.Tests;

/// <summary>The "News Feed" rail beside the home and item pages, and its own "Show More".</summary>
[Collection(BrowserCollection.Name)]
public sealed class RailTests(BrowserSite browser)
{
    /// <summary>
    /// The home page; an item page whose item is among the rail's first entries (a quote); and one whose
    /// item comes further down, in a fragment that "Show More" loads (a video).
    /// </summary>
    public static TheoryData<string> Pages =>
    [
        "/",
        "/trump-putin-alaska-meeting-announced/",
        "/drone-workshop-kyiv/",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Rail_show_more_appends_the_next_entries_in_place_without_changing_the_address_and_never_shows_the_pages_own_item(string path)
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, path);
        var fragments = BuiltLists.Chain(browser.Site, path, ShowMoreList.Rail);
        Assert.True(fragments.Count > 1, $"the rail on {path} should have more to show");

        var shown = await ShowMoreWalk.WalkToTheEndAsync(browser, page, ShowMoreList.Rail, fragments);

        // The whole rail, as the home page's chain of fragments holds it, less the page's own item.
        var rail = BuiltLists.Chain(browser.Site, "/", ShowMoreList.Rail).SelectMany(f => f.Items).Where(url => url != path);
        Assert.Equal(rail, shown);
        Assert.Equal(shown.Distinct(), shown);
        await Expect(page.Locator("main [data-feed-items] > li")).ToHaveCountAsync(
            browser.Site.PageAt(path).QuerySelectorAll("main [data-feed-items] > li").Length);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/angara-ship-docked-in-chinese-port/")]
    public async Task Without_JavaScript_rail_show_more_navigates_to_the_news_feed_section(string path)
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await browser.OpenAsync(context, path);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Complementary).GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Show More", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(browser.Server.Url("/sections/news-feed/").AbsoluteUri);
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("News Feed");
    }
}
