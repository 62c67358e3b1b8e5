using Briefings.Tests.Support;

namespace Briefings.Tests.Items;

[Collection(SampleSiteCollection.Name)]
public sealed class ItemPageTests(SampleSiteFixture fixture)
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_article_page_has_headline_summary_time_reading_time_byline_figure_body_and_tags()
    {
        var article = Site.PageAt("/angara-ship-docked-in-chinese-port/").QuerySelector("main article.article")!;
        var time = article.QuerySelector("header time")!;

        Assert.NotNull(article.QuerySelector("h1 .source"));
        Assert.StartsWith("A North Korean-linked cargo ship", article.QuerySelector(".article__summary")?.TextContent);
        Assert.Equal("2024-04-26T09:30:00+03:00", time.GetAttribute("datetime"));
        Assert.Equal("April 26, 2024 09:30", time.TextContent);
        Assert.Equal("2 min read", article.QuerySelector("header .reading-time")?.TextContent);
        Assert.StartsWith("By ", article.QuerySelector(".byline")?.TextContent);
        Assert.NotNull(article.QuerySelector("figure.hero img[alt][width][height]"));
        Assert.NotEmpty(article.QuerySelectorAll(".article__body p"));
        Assert.Equal(["North Korea", "Russia", "China", "Sanctions", "Shipping"], article.QuerySelectorAll(".tag-list a").Select(a => a.TextContent));
    }

    [Fact]
    public void The_quote_page_has_its_own_layout()
    {
        var article = Site.PageAt("/trump-putin-alaska-meeting-announced/").QuerySelector("main article")!;

        Assert.Contains("article--quote", article.ClassList);
        Assert.NotNull(article.QuerySelector("figure.quote blockquote"));
        Assert.StartsWith("Donald Trump", article.QuerySelector("figure.quote figcaption")?.TextContent);
        Assert.Equal("wrote on Truth Social, adding that \"further details will follow.\"", article.QuerySelector(".quote__context")?.TextContent);
        Assert.Null(article.QuerySelector("figure.hero"));
        Assert.Null(article.QuerySelector(".reading-time"));
    }

    [Fact]
    public void The_video_page_has_its_own_layout_with_a_player()
    {
        var article = Site.PageAt("/foreign-fighters-in-ukraine/").QuerySelector("main article")!;
        var player = article.QuerySelector(".player iframe")!;

        Assert.Contains("article--video", article.ClassList);
        Assert.Equal("https://www.youtube-nocookie.com/embed/kX4fT9qLw2E", player.GetAttribute("src"));
        Assert.Equal("The foreign fighters who stayed in Ukraine", player.GetAttribute("title"));
        Assert.Equal("Video", article.QuerySelector(".kicker")?.TextContent);
        Assert.NotNull(article.QuerySelector(".article__summary"));
    }

    [Theory]
    [InlineData("angara-ship-docked-in-chinese-port", "article")]
    [InlineData("china-foreign-ministry-energy-cooperation", "quote")]
    [InlineData("alaska-summit-explained", "video")]
    public void Item_pages_sit_in_the_main_column_inside_the_page_body(string slug, string type)
    {
        var page = Site.PageAt($"/{slug}/");

        Assert.NotNull(page.QuerySelector($".site-body > main#main > article.article{(type == "article" ? string.Empty : "--" + type)}"));
        Assert.Equal(1, page.QuerySelectorAll("h1").Length);
    }
}
