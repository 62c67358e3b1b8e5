using Briefings.Browser.Tests.Support;

namespace Briefings.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SmallScreenTests(BrowserSite browser)
{
    /// <summary>Also saves each page's 320-pixel screenshot, the evidence to look at when this fails.</summary>
    [Theory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task No_page_scrolls_sideways_on_a_320_pixel_screen(string kind)
    {
        await using var context = await browser.NewContextAsync(width: 320, height: 640);
        var page = await browser.OpenKindAsync(context, kind);

        var (overflow, culprits) = await PageChecks.HorizontalOverflow(page);
        await Screenshots.SaveAsync(page, $"{kind}-320");

        Assert.True(overflow <= 0, $"{kind} is {overflow}px wider than the 320px viewport; sticking out: {string.Join("; ", culprits)}");
    }
}
