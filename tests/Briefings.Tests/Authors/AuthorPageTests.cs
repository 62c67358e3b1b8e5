using Briefings.Tests.Support;

namespace Briefings.Tests.Authors;

[Collection(SampleSiteCollection.Name)]
public sealed class AuthorPageTests(SampleSiteFixture fixture)
{
    private BuiltSite Site => fixture.Site;

    public static TheoryData<string> AuthorIds =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content", "authors"), "*.yml").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(AuthorIds))]
    public void An_author_page_lists_exactly_the_authors_items_newest_first(string id)
    {
        var expected = SampleContent.NewestFirst.Where(b => b.Author == id).Select(b => b.Slug).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Listing.Slugs(Site, $"/authors/{id}/"));
    }

    [Theory]
    [MemberData(nameof(AuthorIds))]
    public void An_author_page_shows_the_profile(string id)
    {
        var profile = SampleContent.Load(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "content", "authors", id + ".yml")));
        var header = Site.PageAt($"/authors/{id}/").QuerySelector(".author-header")!;
        var links = ((YamlDotNet.RepresentationModel.YamlSequenceNode)profile.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("links")]).Children
            .Cast<YamlDotNet.RepresentationModel.YamlMappingNode>()
            .Select(l => SampleContent.Value(l, "url"))
            .ToList();

        Assert.Equal(SampleContent.Value(profile, "name"), header.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(SampleContent.Value(profile, "bio"), header.QuerySelector(".author-header__bio")!.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(header.QuerySelector("img")!.GetAttribute("alt")));
        Assert.Equal(links, header.QuerySelectorAll(".author-header__links a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void An_authors_many_items_are_paginated()
    {
        var newsDesk = SampleContent.Briefings.Count(b => b.Author == "news-desk");

        Assert.True(newsDesk > 10, "the news desk has more items than a page holds");
        Assert.True(Site.Exists("authors/news-desk/page/2/index.html"));
        Assert.Equal("/authors/news-desk/page/2/", Site.PageAt("/authors/news-desk/").QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }
}
