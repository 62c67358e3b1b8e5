using Briefings.Browser.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefings.Browser.Tests;

/// <summary>
/// axe-core over every page kind on a desktop screen, in the light and the dark palette. The same page
/// load also gives the kind's desktop screenshot for review (the 320-pixel ones are taken by
/// <see cref="SmallScreenTests"/>): one load per kind serves both.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite browser)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>
    /// Only violations are wanted. Frames are left out: the site's only frames are third-party video
    /// embeds, which the tests block and the site does not author (the iframe element itself, its title
    /// included, is still checked as part of the page).
    /// </summary>
    private static readonly AxeRunOptions Options = new()
    {
        ResultTypes = [ResultType.Violations],
        Iframes = false,
    };

    /// <summary>
    /// The dark palette changes colours and nothing else, so in dark mode only the rules about colour are
    /// run again: the full set has just been run on the same page in light mode.
    /// </summary>
    private static readonly AxeRunOptions ColourOptions = new()
    {
        ResultTypes = [ResultType.Violations],
        Iframes = false,
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast", "link-in-text-block"] },
    };

    [Theory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public async Task Axe_finds_no_serious_or_critical_violation_in_light_or_dark_colours(string kind)
    {
        await using var context = await browser.NewContextAsync(width: 1280, height: 900);
        var page = await browser.OpenKindAsync(context, kind);

        var light = await BlockingViolationsAsync(page, Options);
        var path = await Screenshots.SaveAsync(page, $"{kind}-1280");
        // The theme's dark palette is a media query: switching the emulated scheme restyles the same page.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var dark = await BlockingViolationsAsync(page, ColourOptions);

        Assert.True(new FileInfo(path).Length > 1000, $"{path} should hold a picture");
        Assert.True(
            light.Count + dark.Count == 0,
            $"axe found on {kind} ({PageKinds.Paths[kind]}):{Environment.NewLine}" + string.Join(
                Environment.NewLine,
                light.Select(v => $"- light: {v}").Concat(dark.Select(v => $"- dark: {v}"))));
    }

    private static async Task<List<string>> BlockingViolationsAsync(IPage page, AxeRunOptions options)
    {
        var result = await page.RunAxe(options);
        return
        [
            .. result.Violations
                .Where(v => BlockingImpacts.Contains(v.Impact))
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}"),
        ];
    }
}
