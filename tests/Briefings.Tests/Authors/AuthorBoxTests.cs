using Briefings.Tests.Support;

namespace Briefings.Tests.Authors;

[Collection(SampleSiteCollection.Name)]
public sealed class AuthorBoxTests(SampleSiteFixture fixture)
{
    private BuiltSite Site => fixture.Site;

    public static TheoryData<string> Slugs => [.. SampleContent.Briefings.Select(b => b.Slug)];

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Every_item_page_ends_with_its_authors_box(string slug)
    {
        var author = SampleContent.Briefings.Single(b => b.Slug == slug).Author!;
        var profile = SampleContent.Load(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "authors", author + ".yml")));
        var article = Site.PageAt($"/{slug}/").QuerySelector("main article")!;
        var box = article.QuerySelector(".author-box")!;
        var avatar = box.QuerySelector("img.author-box__avatar")!;

        Assert.Same(box, article.Children.Last());
        Assert.Equal(SampleContent.Value(profile, "name"), box.QuerySelector(".author-box__name")!.TextContent.Trim());
        Assert.Equal(SampleContent.Value(profile, "bio"), box.QuerySelector(".author-box__bio")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(avatar.GetAttribute("alt")));
        Assert.True(Site.Exists(avatar.GetAttribute("src")!.TrimStart('/')), "the avatar is in the output");
        Assert.All(box.QuerySelectorAll("a"), a => Assert.Equal($"/authors/{author}/", a.GetAttribute("href")));
        Assert.True(Site.Exists($"authors/{author}/index.html"));
    }

    [Fact]
    public void The_byline_links_to_the_author_page()
    {
        var byline = Site.PageAt("/angara-ship-docked-in-chinese-port/").QuerySelector(".byline a")!;

        Assert.Equal("Briefings News Desk", byline.TextContent);
        Assert.Equal("/authors/news-desk/", byline.GetAttribute("href"));
    }
}
