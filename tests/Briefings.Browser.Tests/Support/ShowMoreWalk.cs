using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Browser.Tests.Support;

/// <summary>
/// Clicks a list's "Show More" until it is gone, checking after each click what the reader should see:
/// the next page's entries appended in place (no page load), the page's own item never among them,
/// focus on the first new entry, and the address bar showing the loaded page (a feed) or unchanged (the rail).
/// </summary>
public static class ShowMoreWalk
{
    /// <summary>Set on window before the first click: a full page load would drop it.</summary>
    private const string Marker = "__briefingsNoReload";

    /// <summary>
    /// Walks <paramref name="list"/> on <paramref name="page"/> through <paramref name="chain"/> (the built
    /// pages it should load, the shown page first) and returns the item URLs shown at the end.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WalkToTheEndAsync(BrowserSite browser, IPage page, ShowMoreList list, IReadOnlyList<ListPage> chain)
    {
        var startUrl = page.Url;
        var ownPath = new Uri(startUrl).AbsolutePath;
        var entries = page.Locator(list.Items);
        var showMore = page.Locator(list.Link);
        await page.EvaluateAsync($"() => {{ window.{Marker} = true; }}");

        var shown = Without(ownPath, chain[0].Items);
        Assert.Equal(shown, await entries.EvaluateAllAsync<string[]>(ShowMoreList.ItemUrlsScript));
        foreach (var next in chain.Skip(1))
        {
            await showMore.ClickAsync();

            // Either the entries grow in place, or a page load drops the marker: wait for whichever comes first.
            await page.WaitForFunctionAsync(
                $"([selector, n]) => window.{Marker} !== true || document.querySelectorAll(selector).length > n",
                new object[] { list.Items, shown.Count });
            Assert.True(await page.EvaluateAsync<bool>($"() => window.{Marker} === true"), $"\"Show More\" of #{list.Id} loaded {page.Url} as a new page instead of appending {next.Url}");
            var expected = shown.Concat(Without(ownPath, next.Items)).ToList();
            await Expect(entries).ToHaveCountAsync(expected.Count);
            Assert.Equal(expected, await entries.EvaluateAllAsync<string[]>(ShowMoreList.ItemUrlsScript));
            Assert.Equal(list.MovesAddress ? browser.Server.Url(next.Url).AbsoluteUri : startUrl, page.Url);
            var firstNewHasFocus = await entries.Nth(shown.Count)
                .EvaluateAsync<bool>("entry => entry === document.activeElement || entry.contains(document.activeElement)");
            Assert.True(firstNewHasFocus, $"focus should move to the first entry appended from {next.Url}");
            shown = expected;
        }

        await Expect(showMore).ToHaveCountAsync(0);
        return shown;
    }

    /// <summary>A list never shows the page it is on (an item page's rail leaves its own item out).</summary>
    private static List<string> Without(string ownPath, IEnumerable<string> items) =>
        [.. items.Where(url => !string.Equals(url, ownPath, StringComparison.Ordinal))];
}
