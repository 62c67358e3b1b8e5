using Briefings.Browser.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefings.Browser.Tests;

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

    [Theory]
    [MemberData(nameof(PageKinds.Names), MemberType = typeof(PageKinds))]
    public Task Axe_finds_no_serious_or_critical_violation(string kind) => CheckAsync(kind, ColorScheme.Light);

    /// <summary>The theme has a dark palette of its own; its contrast is checked on the pages that use most of it.</summary>
    [Theory]
    [InlineData("home")]
    [InlineData("article")]
    public Task Axe_finds_no_serious_or_critical_violation_in_dark_mode(string kind) => CheckAsync(kind, ColorScheme.Dark);

    private async Task CheckAsync(string kind, ColorScheme colorScheme)
    {
        await using var context = await browser.NewContextAsync(colorScheme: colorScheme);
        var page = await browser.OpenAsync(context, PageKinds.Paths[kind]);

        var result = await page.RunAxe(Options);

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(
            blocking.Count == 0,
            $"axe found on {kind} ({PageKinds.Paths[kind]}, {colorScheme} colours):{Environment.NewLine}" + string.Join(
                Environment.NewLine,
                blocking.Select(v => $"- {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
    }
}
