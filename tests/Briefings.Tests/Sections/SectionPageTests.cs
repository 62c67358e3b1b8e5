using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Sections;

[Collection(SampleSiteCollection.Name)]
public sealed class SectionPageTests(SampleSiteFixture fixture)
{
    private BuiltSite Site => fixture.Site;

    public static TheoryData<string> SectionIds => [.. SampleContent.Settings.Sections.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SectionIds))]
    public void A_section_page_holds_exactly_its_items_newest_first(string id)
    {
        var expected = SampleContent.NewestFirst.Where(b => (b.Section ?? SampleContent.Settings.Default) == id).Select(b => b.Slug).ToList();

        var listed = Listing.Slugs(Site, $"/sections/{id}/");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, listed);
    }

    [Theory]
    [MemberData(nameof(SectionIds))]
    public void A_section_page_is_headed_by_the_section_name(string id)
    {
        var page = Site.PageAt($"/sections/{id}/");

        Assert.Equal(SampleContent.Settings.Sections.Single(s => s.Id == id).Name, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("aside.news-rail"));
    }

    [Fact]
    public void A_section_longer_than_a_page_is_paginated_like_the_feed()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("site.yml", File.ReadAllText(folder.Combine("site.yml")).Replace("page_size: 10", "page_size: 2", StringComparison.Ordinal));
        for (var day = 1; day <= 5; day++)
        {
            folder.Write($"war-{day}.md", SiteFolder.Article($"War {day}", day: day, extra: "section: war"));
        }

        folder.Write("economy-1.md", SiteFolder.Article("Economy 1", day: 6, extra: "section: economy"));
        using var site = BuiltSite.Build(folder.Root);

        Assert.True(site.Report.Succeeded, string.Join(Environment.NewLine, site.Report.Diagnostics));
        Assert.Equal(["war-5", "war-4", "war-3", "war-2", "war-1"], Listing.Slugs(site, "/sections/war/"));
        Assert.True(site.Exists("sections/war/page/3/index.html"));
        Assert.False(site.Exists("sections/war/page/4/index.html"));
        Assert.Equal("/sections/war/page/2/", site.PageAt("/sections/war/").QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_briefing_without_a_section_goes_to_the_default_section()
    {
        using var folder = new SiteFolder();
        folder.Write("plain.md", SiteFolder.Article("Plain"));
        using var site = BuiltSite.Build(folder.Root);

        Assert.Equal(["plain"], Listing.Slugs(site, $"/sections/{SampleContent.Settings.Default}/"));
        Assert.Equal($"/sections/{SampleContent.Settings.Default}/", site.PageAt("/plain/").QuerySelector("a.section-label")!.GetAttribute("href"));
    }

    [Fact]
    public void An_unknown_section_is_an_error_at_its_line()
    {
        using var folder = new SiteFolder();
        var file = folder.Write("lost.md", SiteFolder.Article("Lost", extra: "section: wrold"));
        using var site = BuiltSite.Build(folder.Root);

        var error = Assert.Single(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.UnknownSection);
        Assert.Equal(Engine.Diagnostics.Severity.Error, error.Severity);
        Assert.Equal(file, error.File);
        Assert.Equal(6, error.Line);
        Assert.Contains("world", error.Hint);
        Assert.False(site.Report.Published);
    }
}
