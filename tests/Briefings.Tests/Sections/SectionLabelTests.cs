using Briefings.Tests.Support;

namespace Briefings.Tests.Sections;

[Collection(SampleSiteCollection.Name)]
public sealed class SectionLabelTests(SampleSiteFixture fixture)
{
    private BuiltSite Site => fixture.Site;

    public static TheoryData<string> Slugs => [.. SampleContent.Briefings.Select(b => b.Slug)];

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Every_item_page_shows_its_section_label_above_the_headline(string slug)
    {
        var briefing = SampleContent.Briefings.Single(b => b.Slug == slug);
        var section = SampleContent.Settings.Sections.Single(s => s.Id == (briefing.Section ?? SampleContent.Settings.Default));
        var header = Site.PageAt($"/{slug}/").QuerySelector("article > header")!;
        var label = header.QuerySelector("a.section-label")!;

        Assert.Equal(section.Name, label.TextContent.Trim());
        Assert.Equal($"/sections/{section.Id}/", label.GetAttribute("href"));
        Assert.True(label.CompareDocumentPosition(header.QuerySelector("h1")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "the label comes before the headline");
        Assert.True(Site.Exists($"sections/{section.Id}/index.html"));
    }

    [Fact]
    public void Every_card_on_the_home_page_shows_its_items_section_label()
    {
        var cards = Site.PageAt("/").QuerySelectorAll("main [data-feed-items] > li");

        Assert.NotEmpty(cards);
        Assert.All(cards, card =>
        {
            var link = card.QuerySelector(".card__title a, .card--quote .meta a")!;
            var briefing = SampleContent.Briefings.Single(b => b.Slug == Listing.SlugOf(link));
            var label = card.QuerySelector("a.section-label")!;
            Assert.Equal($"/sections/{briefing.Section}/", label.GetAttribute("href"));
            Assert.Equal(SampleContent.Settings.Sections.Single(s => s.Id == briefing.Section).Name, label.TextContent.Trim());
        });
    }

    [Fact]
    public void The_header_navigation_links_every_section_in_configured_order()
    {
        var links = Site.PageAt("/").QuerySelectorAll("header nav.site-nav a[data-nav=section]");

        Assert.Equal(SampleContent.Settings.Sections.Select(s => s.Name), links.Select(a => a.TextContent.Trim()));
        Assert.Equal(SampleContent.Settings.Sections.Select(s => $"/sections/{s.Id}/"), links.Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_navigation_marks_the_current_section_page()
    {
        var current = Site.PageAt("/sections/economy/").QuerySelectorAll("header nav.site-nav a[aria-current=page]");

        Assert.Equal(["/sections/economy/"], current.Select(a => a.GetAttribute("href")));
    }
}
