using Briefings.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ShowMoreTests(BrowserSite browser)
{
    [Fact]
    public async Task Without_JavaScript_show_more_navigates_to_the_second_feed_page()
    {
        await using var context = await browser.NewContextAsync(javaScript: false);
        var page = await browser.OpenAsync(context, "/");
        var firstPageDates = await PageChecks.FeedItemDates(page);

        await PageChecks.ShowMore(page).ClickAsync();

        await page.WaitForURLAsync(browser.Server.Url("/page/2/").AbsoluteUri);
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("page 2");
        var secondPageDates = await PageChecks.FeedItemDates(page);
        Assert.NotEmpty(secondPageDates);
        Assert.True(secondPageDates.Max() <= firstPageDates.Min(), "the second page should continue the feed with older items");
    }

    [Fact]
    public async Task With_JavaScript_show_more_appends_each_next_page_in_place_until_the_last()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, "/");
        var feedPages = BuiltLists.Chain(browser.Site, "/", ShowMoreList.Feed);
        Assert.True(feedPages.Count > 1, "the sample feed should span several pages");

        await ShowMoreWalk.WalkToTheEndAsync(browser, page, ShowMoreList.Feed, feedPages);
    }
}
