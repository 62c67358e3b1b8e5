using System.Text.RegularExpressions;
using Briefings.Tests.Support;

namespace Briefings.Tests.SampleSite;

[Collection(SampleSiteCollection.Name)]
public sealed partial class SampleSiteTests(SampleSiteFixture fixture)
{
    private const string Angara = "angara-ship-docked-in-chinese-port";

    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_sample_site_builds_without_errors()
    {
        Assert.True(Site.Report.Succeeded, string.Join(Environment.NewLine, Site.Report.Diagnostics));
        Assert.True(Site.Report.Published);
        Assert.True(Site.Exists("index.html"));
    }

    [Fact]
    public void Every_sample_briefing_gets_a_page()
    {
        var slugs = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content", "briefings"), "*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .ToList();

        Assert.True(slugs.Count >= 30, $"the sample has {slugs.Count} briefings");
        Assert.All(slugs, slug => Assert.True(Site.Exists($"{slug}/index.html"), $"no page for {slug}"));
    }

    [Theory]
    [InlineData(Angara, "article")]
    [InlineData("eu-sanctions-target-shadow-fleet", "article")]
    [InlineData("china-foreign-ministry-energy-cooperation", "quote")]
    [InlineData("trump-putin-alaska-meeting-announced", "quote")]
    [InlineData("foreign-fighters-in-ukraine", "video")]
    public void Every_seed_item_has_a_page_drawn_by_its_type(string slug, string type)
    {
        var page = Site.PageAt($"/{slug}/");
        Assert.NotNull(page.QuerySelector($"article.article{(type == "article" ? string.Empty : "--" + type)}"));
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("h1")?.TextContent));
    }

    [Fact]
    public void The_Angara_page_has_its_headline_with_the_source_prefix()
    {
        var headline = Site.PageAt($"/{Angara}/").QuerySelector("h1")!;

        Assert.Equal("Reuters:", headline.QuerySelector(".source")?.TextContent);
        Assert.Equal(
            "Reuters: Satellite imagery shows ship likely used to transfer North Korean arms to Russia docked in Chinese port",
            Collapse(headline.TextContent));
    }

    [Fact]
    public void The_Angara_page_shows_a_reading_time_computed_from_its_text()
    {
        var page = Site.PageAt($"/{Angara}/");
        var words = Words().Matches(page.QuerySelector(".article__body")!.TextContent).Count;
        var expected = (int)Math.Ceiling(words / 220.0);

        Assert.InRange(words, 250, 450);
        Assert.Equal($"{expected} min read", page.QuerySelector(".reading-time")?.TextContent);
        Assert.Equal("2 min read", page.QuerySelector(".reading-time")?.TextContent);
    }

    [Fact]
    public void The_Angara_page_has_the_hero_figure_with_caption_and_credit()
    {
        var figure = Site.PageAt($"/{Angara}/").QuerySelector("figure.hero")!;
        var image = figure.QuerySelector("img")!;

        Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
        Assert.Equal("1200", image.GetAttribute("width"));
        Assert.Equal("675", image.GetAttribute("height"));
        Assert.True(Site.Exists(image.GetAttribute("src")!.TrimStart('/')), "the hero image is in the output");
        Assert.StartsWith("Various types of ships are undergoing repairs at a shipyard in Zhoushan, China", figure.QuerySelector("figcaption .hero__caption")?.TextContent);
        Assert.Equal("(Costfoto/NurPhoto via Getty Images)", figure.QuerySelector("figcaption .hero__credit")?.TextContent);
    }

    [Fact]
    public void Quote_pages_show_the_words_and_who_said_them()
    {
        var page = Site.PageAt("/china-foreign-ministry-energy-cooperation/");

        Assert.Contains("It is legitimate and lawful for China", page.QuerySelector("blockquote")?.TextContent);
        Assert.StartsWith("China's Foreign Ministry", page.QuerySelector("figure.quote figcaption")?.TextContent);
    }

    [Fact]
    public void The_home_page_lists_items_newest_first()
    {
        var times = Site.PageAt("/").QuerySelectorAll(".feed__item time")
            .Select(t => DateTimeOffset.Parse(t.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        Assert.Equal(10, times.Count);
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public void Every_local_image_in_every_page_is_in_the_output()
    {
        foreach (var file in Site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var image in Site.Page(file).QuerySelectorAll("img[src^='/']"))
            {
                Assert.True(Site.Exists(image.GetAttribute("src")!.TrimStart('/')), $"{file}: {image.GetAttribute("src")}");
            }
        }
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.,-]*")]
    private static partial Regex Words();
}
