using System.Text.RegularExpressions;
using Briefings.Slugs;
using Briefings.Tests.Support;

namespace Briefings.Tests.Tags;

[Collection(SampleSiteCollection.Name)]
public sealed partial class TagPageTests(SampleSiteFixture fixture)
{
    private BuiltSite Site => fixture.Site;

    /// <summary>Tag slug → the slugs of the briefings carrying it, from the front matter, spellings folded.</summary>
    private static Dictionary<string, List<string>> ExpectedTags() =>
        SampleFrontMatter.All
            .SelectMany(b => b.Tags.Select(t => (Tag: Slugger.Slugify(t), b.Slug)))
            .Distinct()
            .GroupBy(p => p.Tag, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Slug).ToList(), StringComparer.Ordinal);

    [Fact]
    public void The_sample_spells_one_tag_two_ways()
    {
        var spellings = SampleFrontMatter.All.SelectMany(b => b.Tags).Where(t => Slugger.Slugify(t) == "eu").Distinct().ToList();

        Assert.Contains("EU", spellings);
        Assert.Contains("eu", spellings);
    }

    [Fact]
    public void Each_tag_page_holds_exactly_the_items_carrying_that_tag_newest_first()
    {
        foreach (var (tag, slugs) in ExpectedTags())
        {
            var shown = PagedList.Pages(Site, $"/tags/{tag}/").SelectMany(p => PagedList.Slugs(p.Page)).ToList();
            var expected = SampleFrontMatter.NewestFirst.Where(slugs.Contains).ToList();

            Assert.Equal(expected, shown);
        }
    }

    [Fact]
    public void Both_spellings_of_EU_land_on_one_page_under_its_configured_display_name()
    {
        var pages = PagedList.Pages(Site, "/tags/eu/");
        var shown = pages.SelectMany(p => PagedList.Slugs(p.Page)).ToList();

        Assert.Equal("EU", Collapse(pages[0].Page.QuerySelector("h1")!.TextContent));
        Assert.Contains("eu-18th-package-lowers-oil-price-cap", shown);
        Assert.Contains(shown, s => SampleFrontMatter.All.Single(b => b.Slug == s).Tags.Contains("EU"));
        Assert.False(Site.Exists("tags/EU/index.html"));
    }

    [Fact]
    public void Tag_pages_are_paginated_like_the_feed()
    {
        var (tag, slugs) = ExpectedTags().MaxBy(p => p.Value.Count);
        var pages = PagedList.Pages(Site, $"/tags/{tag}/");
        var size = SampleFrontMatter.PageSize;

        Assert.True(slugs.Count > size, "the biggest tag needs more than one page");
        Assert.Equal((slugs.Count + size - 1) / size, pages.Count);
        Assert.Equal($"/tags/{tag}/page/2/", pages[1].Url);
        Assert.All(pages.SkipLast(1), p => Assert.Equal(size, PagedList.Slugs(p.Page).Count));
        Assert.Null(PagedList.ShowMore(pages[^1].Page));
        Assert.NotNull(pages[0].Page.QuerySelector(PagedList.ShowMore(pages[0].Page)!.GetAttribute("data-show-more-target")!));
    }

    [Fact]
    public void The_tag_index_lists_every_tag_with_its_item_count()
    {
        var expected = ExpectedTags();
        var links = Site.PageAt("/tags/").QuerySelectorAll(".tag-index__link").ToList();

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), links.Select(l => l.GetAttribute("href")!.Split('/')[2]));
        foreach (var link in links)
        {
            var slug = link.GetAttribute("href")!.Split('/')[2];
            var count = Count().Match(link.QuerySelector(".tag-index__count")!.TextContent);
            Assert.True(count.Success, link.OuterHtml);
            Assert.Equal(expected[slug].Count, int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(expected[slug].Count == 1 ? "item" : "items", count.Groups[2].Value);
        }
    }

    [Fact]
    public void Item_pages_link_their_tags_to_the_tag_pages()
    {
        foreach (var briefing in SampleFrontMatter.All)
        {
            var links = Site.PageAt($"/{briefing.Slug}/").QuerySelectorAll("nav.tag-list a[rel='tag']").Select(a => a.GetAttribute("href")).ToList();

            Assert.Equal(briefing.Tags.Select(t => $"/tags/{Slugger.Slugify(t)}/").Distinct(), links);
            Assert.All(links, href => Assert.True(Site.Exists(href!.TrimStart('/') + "index.html"), href));
        }
    }

    [Fact]
    public void The_header_links_to_the_tag_index()
    {
        var link = Site.PageAt("/").QuerySelectorAll(".site-nav a").Single(a => a.TextContent == "Tags");

        Assert.Equal("/tags/", link.GetAttribute("href"));
        Assert.Equal("page", Site.PageAt("/tags/").QuerySelectorAll(".site-nav a").Single(a => a.TextContent == "Tags").GetAttribute("aria-current"));
    }

    private static string Collapse(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [GeneratedRegex(@"^(\d+) (items?)$")]
    private static partial Regex Count();
}
