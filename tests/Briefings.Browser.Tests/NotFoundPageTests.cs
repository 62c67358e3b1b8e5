using Briefings.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class NotFoundPageTests(BrowserSite browser)
{
    [Fact]
    public async Task Unknown_address_is_answered_with_status_404_and_the_sites_page_with_its_header_and_navigation()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenKindAsync(context, PageKinds.NotFound);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        var banner = page.GetByRole(AriaRole.Banner);
        await Expect(banner.GetByRole(AriaRole.Link, new() { Name = "Briefings", Exact = true })).ToHaveAttributeAsync("href", "/");
        // The same navigation as every other page: the home page's, link for link.
        var expected = browser.Site.PageAt("/").QuerySelectorAll("header nav a").Select(a => a.GetAttribute("href") ?? string.Empty);
        var navigation = banner.GetByRole(AriaRole.Navigation, new() { Name = "Site" }).GetByRole(AriaRole.Link);
        await Expect(navigation.First).ToBeVisibleAsync();
        Assert.Equal(expected, await navigation.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Go to the News Feed" }).ClickAsync();

        await page.WaitForURLAsync(browser.Server.Url("/").AbsoluteUri);
    }
}
