using Briefings.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ShowMoreTests(BrowserSite browser)
{
    /// <summary>Set on window before "Show More": a full page load would drop it.</summary>
    private const string Marker = "__briefingsNoReload";

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
        if (await page.Locator("script[src*='site']").CountAsync() == 0)
        {
            Assert.Skip("The site has no \"Show More\" script yet (no script[src*='site'] on the home page); without it the link navigates, as the no-JavaScript test checks.");
        }

        var feedPages = FeedPagesFromOutput();
        Assert.True(feedPages.Count > 1, "the sample feed should span several pages");
        await page.EvaluateAsync($"() => {{ window.{Marker} = true; }}");
        var shown = feedPages[0];
        for (var number = 2; number <= feedPages.Count; number++)
        {
            await PageChecks.ShowMore(page).ClickAsync();

            // Either the items grow in place, or a page load drops the marker: wait for whichever comes first.
            await page.WaitForFunctionAsync($"n => window.{Marker} !== true || document.querySelectorAll('main [data-feed-items] > li').length > n", shown.Count);
            Assert.True(await page.EvaluateAsync<bool>($"() => window.{Marker} === true"), $"\"Show More\" loaded {page.Url} as a new page instead of appending it");
            var expected = shown.Concat(feedPages[number - 1]).ToList();
            await Expect(PageChecks.FeedItems(page)).ToHaveCountAsync(expected.Count);
            Assert.Equal(expected, await PageChecks.FeedItemUrls(page));
            Assert.Equal(browser.Server.Url($"/page/{number}/").AbsoluteUri, page.Url);
            var firstNewHasFocus = await PageChecks.FeedItems(page).Nth(shown.Count)
                .EvaluateAsync<bool>("item => item === document.activeElement || item.contains(document.activeElement)");
            Assert.True(firstNewHasFocus, $"focus should move to the first item appended from page {number}");
            shown = expected;
        }

        await Expect(PageChecks.ShowMore(page)).ToBeHiddenAsync();
    }

    /// <summary>The item URLs of every feed page, as the build wrote them: page 1 first.</summary>
    private List<List<string>> FeedPagesFromOutput()
    {
        var pages = new List<List<string>>();
        for (var number = 1; browser.Site.Exists(number == 1 ? "index.html" : $"page/{number}/index.html"); number++)
        {
            var document = browser.Site.PageAt(number == 1 ? "/" : $"/page/{number}/");
            pages.Add([.. document.QuerySelectorAll("main [data-feed-items] > li").Select(li => li.QuerySelector("a.card__link")?.GetAttribute("href") ?? string.Empty)]);
        }

        return pages;
    }
}
