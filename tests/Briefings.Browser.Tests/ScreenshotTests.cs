using Briefings.Browser.Tests.Support;

namespace Briefings.Browser.Tests;

/// <summary>
/// Saves a full-page screenshot of every page kind on a desktop screen, for people to review
/// (the 320-pixel ones are taken by <see cref="SmallScreenTests"/>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite browser)
{
    [Theory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task Desktop_screenshot_of_each_page_kind_is_saved(string kind)
    {
        await using var context = await browser.NewContextAsync(width: 1280, height: 900);
        var page = await browser.OpenAsync(context, PageKinds.Paths[kind]);

        var path = await Screenshots.SaveAsync(page, $"{kind}-1280");

        Assert.True(new FileInfo(path).Length > 1000, $"{path} should hold a picture");
    }
}
