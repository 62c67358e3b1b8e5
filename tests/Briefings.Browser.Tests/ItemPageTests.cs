using Briefings.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ItemPageTests(BrowserSite browser)
{
    [Fact]
    public async Task Article_page_shows_its_hero_figure_loaded_with_caption_and_credit()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, PageKinds.Paths["article"]);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Satellite imagery shows ship");
        var figure = page.GetByRole(AriaRole.Main).Locator("figure").Filter(new() { Has = page.Locator("img") }).First;
        var image = figure.GetByRole(AriaRole.Img, new() { Name = "Illustration of a cargo ship moored at a shipyard beneath two orange cranes" });
        await Expect(image).ToBeVisibleAsync();
        Assert.True(await image.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the hero image should load");
        var caption = figure.Locator("figcaption");
        await Expect(caption).ToBeVisibleAsync();
        await Expect(caption).ToContainTextAsync("Various types of ships are undergoing repairs at a shipyard in Zhoushan");
        await Expect(caption).ToContainTextAsync("Costfoto/NurPhoto via Getty Images");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\b[1-9][0-9]* min read\b"));
    }

    [Fact]
    public async Task Quote_page_shows_the_quote_and_its_speaker()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, PageKinds.Paths["quote"]);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("China says energy trade with Russia is legitimate");
        var quote = page.GetByRole(AriaRole.Main).Locator("figure").Filter(new() { Has = page.Locator("blockquote") });
        await Expect(quote.Locator("blockquote")).ToContainTextAsync("It is legitimate and lawful for China");
        await Expect(quote.Locator("figcaption")).ToContainTextAsync("China's Foreign Ministry");
    }

    [Fact]
    public async Task Video_page_shows_the_titled_player_and_its_text()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, PageKinds.Paths["video"]);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inside a volunteer drone workshop in Kyiv");
        // The embed itself is blocked (tests never leave 127.0.0.1): the frame must be there, titled and sized.
        var player = page.GetByRole(AriaRole.Main).Locator("iframe[title='Inside a volunteer drone workshop in Kyiv']");
        await Expect(player).ToBeVisibleAsync();
        Assert.StartsWith("https://www.youtube-nocookie.com/embed/", await player.GetAttributeAsync("src"));
        var box = await player.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width >= 200 && box.Height >= 100, $"the player is {box.Width}×{box.Height}");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("volunteer workshop in Kyiv");
    }
}
