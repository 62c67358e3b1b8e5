using Briefings.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RelatedCardsTests(BrowserSite browser)
{
    /// <summary>The editor's pick in the Angara briefing's front matter (<c>related:</c>).</summary>
    private const string Pick = "/eu-sanctions-target-shadow-fleet/";

    [Fact]
    public async Task Article_shows_related_cards_including_the_editors_pick_and_a_card_opens_its_item()
    {
        var path = PageKinds.Paths["article"];
        if (!browser.Site.PageAt(path).QuerySelectorAll("main section > h2").Any(h => h.TextContent.Trim() == "Related"))
        {
            Assert.Skip($"{path} has no \"Related\" section (a <section> headed \"Related\") in the built site yet: related cards are not on main.");
        }

        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, path);
        var related = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Region, new() { Name = "Related", Exact = true });
        await Expect(related).ToBeVisibleAsync();
        var cards = related.GetByRole(AriaRole.Listitem);
        Assert.True(await cards.CountAsync() > 0, "the Related section should hold cards");
        var targets = await related.GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var items = browser.Items.Select(i => i.Url).ToHashSet(StringComparer.Ordinal);
        Assert.All(targets, url => Assert.True(items.Contains(url) && url != path, $"a related card links to {url}, which is not another item"));
        Assert.Contains(Pick, targets);

        await related.Locator($"a[href='{Pick}']").First.ClickAsync();

        await page.WaitForURLAsync(browser.Server.Url(Pick).AbsoluteUri);
        var title = browser.Site.PageAt(Pick).QuerySelector("h1")?.TextContent.Trim();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title ?? "(no title in the built page)");
    }
}
