using Briefings.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Briefings.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AuthorTests(BrowserSite browser)
{
    [Fact]
    public async Task Author_box_on_an_article_links_to_the_author_page_which_lists_exactly_their_items()
    {
        await using var context = await browser.NewContextAsync();
        var page = await browser.OpenAsync(context, PageKinds.Paths["article"]);
        var author = page.GetByRole(AriaRole.Main).GetByLabel("About the author").Locator("a[rel~='author']");
        await Expect(author).ToBeVisibleAsync();
        var name = (await author.TextContentAsync())?.Trim();
        var authorUrl = await author.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(name));
        Assert.NotNull(authorUrl);

        await author.ClickAsync();

        await page.WaitForURLAsync(browser.Server.Url(authorUrl).AbsoluteUri);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        var shown = await ShowMoreWalk.WalkToTheEndAsync(browser, page, ShowMoreList.Feed, BuiltLists.Chain(browser.Site, authorUrl, ShowMoreList.Feed));
        var theirs = browser.Items.Where(i => i.AuthorUrl == authorUrl).Select(i => i.Url).ToList();
        Assert.Contains(PageKinds.Paths["article"], theirs);
        Assert.Equal(theirs, shown);
    }
}
