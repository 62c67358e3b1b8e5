using Briefings.Tests.Support;

namespace Briefings.Tests.Feed;

[Collection(SampleSiteCollection.Name)]
public sealed class FeedPagingTests(SampleSiteFixture fixture)
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_feed_pages_split_the_items_newest_first_at_the_configured_page_size()
    {
        var expected = SampleFrontMatter.NewestFirst;
        var size = SampleFrontMatter.PageSize;
        var pages = PagedList.Pages(Site, "/");

        Assert.Equal(10, size);
        Assert.Equal((expected.Count + size - 1) / size, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal(expected.Skip(i * size).Take(size), PagedList.Slugs(pages[i].Page));
        }
    }

    [Fact]
    public void Every_published_item_appears_exactly_once_across_the_feed_pages()
    {
        var shown = PagedList.Pages(Site, "/").SelectMany(p => PagedList.Slugs(p.Page)).ToList();

        Assert.Equal(shown.Count, shown.Distinct().Count());
        Assert.Equal(SampleFrontMatter.All.Select(b => b.Slug).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_feed_pages_live_at_the_root_then_under_page_N()
    {
        var urls = PagedList.Pages(Site, "/").Select(p => p.Url).ToList();

        Assert.Equal(["/", "/page/2/", "/page/3/", "/page/4/"], urls);
        Assert.False(Site.Exists("page/1/index.html"), "page 1 is the home page, not /page/1/");
        Assert.False(Site.Exists("page/5/index.html"));
    }

    [Fact]
    public void Show_More_links_to_the_next_page_and_names_the_list_it_extends()
    {
        var pages = PagedList.Pages(Site, "/");

        foreach (var ((_, page), index) in pages.SkipLast(1).Select((p, i) => (p, i)))
        {
            var link = PagedList.ShowMore(page)!;
            Assert.Equal(pages[index + 1].Url, link.GetAttribute("href"));
            Assert.Equal("next", link.GetAttribute("rel"));
            Assert.Equal("Show More", link.TextContent.Trim());
            var list = page.QuerySelector(link.GetAttribute("data-show-more-target")!);
            Assert.NotNull(list);
            Assert.True(list.HasAttribute("data-feed-items"));
        }
    }

    [Fact]
    public void Show_More_is_absent_on_the_last_page()
    {
        var last = PagedList.Pages(Site, "/")[^1].Page;

        Assert.Null(PagedList.ShowMore(last));
        Assert.Empty(last.QuerySelectorAll("main .show-more"));
        Assert.Equal(SampleFrontMatter.All.Count % SampleFrontMatter.PageSize, PagedList.Slugs(last).Count);
    }

    [Fact]
    public void Every_page_loads_the_Show_More_script_and_the_script_is_in_the_output()
    {
        var home = Site.PageAt("/");
        var script = home.QuerySelector("script[src]")!;

        Assert.Matches(@"^/assets/site\.[0-9a-f]{10}\.js$", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        Assert.True(Site.Exists(script.GetAttribute("src")!.TrimStart('/')));
    }
}
