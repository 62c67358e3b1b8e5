using Microsoft.Playwright;

namespace Briefings.Browser.Tests.Support;

/// <summary>Questions the tests ask a page in the browser, each answered by the page's live DOM.</summary>
public static class PageChecks
{
    /// <summary>The feed's entries in the main column (not the rail's), in the order the reader sees them.</summary>
    public static ILocator FeedItems(IPage page) => page.Locator(ShowMoreList.Feed.Items);

    /// <summary>The main column's "Show More" control (the rail has its own).</summary>
    public static ILocator ShowMore(IPage page) => page.Locator(ShowMoreList.Feed.Link);

    /// <summary>Each feed entry's publication time, as written in its time element.</summary>
    public static async Task<DateTimeOffset[]> FeedItemDates(IPage page)
    {
        var values = await FeedItems(page).EvaluateAllAsync<string[]>("items => items.map(li => li.querySelector('time[datetime]')?.getAttribute('datetime') ?? '')");
        return [.. values.Select(v => DateTimeOffset.Parse(v, System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>
    /// Loads every lazy image now: a full-page screenshot does not scroll, so pictures below the fold would
    /// otherwise be blank in it.
    /// </summary>
    public static Task LoadLazyImages(IPage page) =>
        page.EvaluateAsync("""
            () => Promise.all([...document.images].map(img => {
              img.loading = 'eager';
              return img.decode().catch(() => {});
            }))
            """);

    /// <summary>
    /// How far the page is wider than the viewport (0 when it does not scroll sideways), and the elements
    /// that stick out, to name the culprits in a failure.
    /// </summary>
    public static async Task<(int Overflow, string[] Culprits)> HorizontalOverflow(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var culprits = overflow <= 0
            ? []
            : await page.EvaluateAsync<string[]>("""
                () => {
                  const width = document.documentElement.clientWidth;
                  return [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 0.5)
                    .slice(0, 10)
                    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\s+/g, '.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right));
                }
                """);
        return (overflow, culprits);
    }
}
