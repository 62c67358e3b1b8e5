using Briefings.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HomeFeedTests(BrowserSite browser)
{
    [Fact]
    public async Task Home_feed_shows_a_full_page_of_items_newest_first()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, "/");

        var expected = browser.Site.PageAt("/").QuerySelectorAll("main [data-feed-items] > li").Length;
        Assert.True(expected > 1, "the sample feed's first page should hold several items");
        await Expect(PageChecks.FeedItems(page)).ToHaveCountAsync(expected);
        foreach (var item in await PageChecks.FeedItems(page).AllAsync())
        {
            await Expect(item).ToBeVisibleAsync();
        }

        var dates = await PageChecks.FeedItemDates(page);
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public async Task Article_cards_show_their_reading_time()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, "/");

        var articles = PageChecks.FeedItems(page).Locator("article.card--article");
        Assert.True(await articles.CountAsync() > 0, "the sample feed's first page should hold articles");
        foreach (var article in await articles.AllAsync())
        {
            await Expect(article).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\b[1-9][0-9]* min read\b"));
        }
    }
}
