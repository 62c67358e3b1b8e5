using System.Globalization;
using System.Text.RegularExpressions;
using Briefings.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed partial class TagPageTests(BrowserSite browser)
{
    /// <summary>A tag with several pages in the sample site.</summary>
    private const string Russia = "/tags/russia/";

    [Fact]
    public async Task Tag_index_lists_every_tag_with_its_item_count_and_a_tag_link_opens_its_page()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, "/tags/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tags");
        var links = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Listitem).GetByRole(AriaRole.Link);
        var shown = await links.EvaluateAllAsync<string[][]>("links => links.map(a => [a.getAttribute('href'), a.textContent.trim().replace(/\\s+/g, ' ')])");
        var counts = browser.Items.SelectMany(i => i.TagUrls).CountBy(url => url).ToDictionary(StringComparer.Ordinal);
        Assert.Equal(counts.Keys.Order(StringComparer.Ordinal), shown.Select(s => s[0]).Order(StringComparer.Ordinal));
        foreach (var (url, text) in shown.Select(s => (s[0], s[1])))
        {
            var match = CountText().Match(text);
            Assert.True(match.Success, $"the tag link to {url} reads \"{text}\", not \"<name> <N> item(s)\"");
            Assert.Equal(counts[url], int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture));
        }

        await page.GetByRole(AriaRole.Main).Locator($"a[href='{Russia}']").ClickAsync();

        await page.WaitForURLAsync(browser.Server.Url(Russia).AbsoluteUri);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Russia");
    }

    [Fact]
    public async Task Tag_page_shows_exactly_the_items_carrying_its_tag_newest_first_and_show_more_appends_its_next_pages()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, Russia);
        var pages = BuiltLists.Chain(browser.Site, Russia, ShowMoreList.Feed);
        Assert.True(pages.Count > 1, $"{Russia} should span several pages");

        var shown = await ShowMoreWalk.WalkToTheEndAsync(browser, page, ShowMoreList.Feed, pages);

        // The feed lists every item newest first, so the items carrying the tag, in feed order, are the expectation.
        var tagged = browser.Items.Where(i => i.TagUrls.Contains(Russia)).Select(i => i.Url);
        Assert.Equal(tagged, shown);
        var dates = await PageChecks.FeedItemDates(page);
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [GeneratedRegex(@"^\S.* (?<count>[1-9][0-9]*) items?$")]
    private static partial Regex CountText();
}
