using System.Collections.Immutable;
using AngleSharp.Dom;
using Briefings.FrontMatter;
using Briefings.Markdown;
using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Related;

/// <summary>Related cards as readers get them, read from the built sample site's HTML.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class RelatedCardsTests(SampleSiteFixture fixture)
{
    private const string Angara = "angara-ship-docked-in-chinese-port";

    private BuiltSite Site => fixture.Site;

    public static TheoryData<string> Slugs() => [.. EditorPicks().Keys];

    [Fact]
    public void The_Angara_page_leads_its_related_cards_with_the_EU_sanctions_briefing()
    {
        Assert.Equal("eu-sanctions-target-shadow-fleet", RelatedSlugs(Site, Angara)[0]);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Related_cards_never_show_the_item_itself_and_are_at_most_four(string slug)
    {
        var related = RelatedSlugs(Site, slug);

        Assert.DoesNotContain(slug, related);
        Assert.InRange(related.Count, 1, new SiteSettings().RelatedCount);
        Assert.Equal(related.Count, related.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void The_editors_picks_come_first_in_the_editors_order(string slug)
    {
        var picks = EditorPicks()[slug].Where(p => p != slug).Take(new SiteSettings().RelatedCount).ToList();

        Assert.Equal(picks, RelatedSlugs(Site, slug).Take(picks.Count));
    }

    [Fact]
    public void Related_cards_are_a_labelled_section_of_linked_cards_with_described_thumbnails()
    {
        var page = Site.PageAt($"/{Angara}/");
        var section = page.QuerySelector("section.related")!;
        var heading = page.GetElementById(section.GetAttribute("aria-labelledby")!)!;

        Assert.Equal("Related", heading.TextContent);
        Assert.All(section.QuerySelectorAll(".related-card"), card =>
        {
            Assert.StartsWith("/", card.QuerySelector("h3 a")!.GetAttribute("href"));
            Assert.NotNull(card.QuerySelector("time[datetime]"));
            Assert.All(card.QuerySelectorAll("img"), img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt"))));
        });
        var first = section.QuerySelector(".related-card")!;
        Assert.Equal("Reuters:", first.QuerySelector(".source")?.TextContent);
        Assert.Matches(@"^\d+ min read$", first.QuerySelector(".reading-time")?.TextContent);
    }

    [Fact]
    public void Quote_and_video_pages_have_related_cards_too()
    {
        Assert.NotEmpty(RelatedSlugs(Site, "china-foreign-ministry-energy-cooperation"));
        Assert.NotEmpty(RelatedSlugs(Site, "foreign-fighters-in-ukraine"));
    }

    [Fact]
    public void Every_build_shows_the_same_related_cards()
    {
        using var again = BuiltSite.BuildSample(serial: true);

        Assert.All(EditorPicks().Keys, slug => Assert.Equal(RelatedSlugs(Site, slug), RelatedSlugs(again, slug)));
    }

    [Fact]
    public void A_draft_is_never_a_related_card_even_when_picked()
    {
        using var folder = new SiteFolder();
        folder.Write("tanker-seized.md", SiteFolder.Article("Tanker seized in the Baltic", "The tanker was seized.", day: 2, extra: "related: [tanker-released]"));
        folder.Write("tanker-released.md", SiteFolder.Article("Tanker released in the Baltic", "The tanker was released.", day: 3, extra: "draft: true"));
        folder.Write("tanker-fined.md", SiteFolder.Article("Tanker fined in the Baltic", "The tanker was fined.", day: 4));

        using var site = BuiltSite.Build(folder.Root);

        Assert.True(site.Report.Succeeded, string.Join(Environment.NewLine, site.Report.Diagnostics));
        Assert.Equal(["tanker-fined"], RelatedSlugs(site, "tanker-seized"));
    }

    /// <summary>The slugs of an item page's related cards, in page order.</summary>
    private static List<string> RelatedSlugs(BuiltSite site, string slug) =>
        [.. site.PageAt($"/{slug}/").QuerySelectorAll("section.related .related-card h3 a").Select(a => a.GetAttribute("href")!.Trim('/'))];

    /// <summary>Each sample briefing's <c>related:</c> list, read with the site's own front matter reader.</summary>
    private static ImmutableSortedDictionary<string, ImmutableArray<string>> EditorPicks() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content", "briefings"), "*.md")
            .Select(file =>
            {
                var block = FrontMatterSplitter.Split(File.ReadAllText(file), file, BriefingMarkdown.Parse);
                var briefing = BriefingReader.Read(block, file, new SiteSettings(), [])!;
                return (Slug: Path.GetFileNameWithoutExtension(file), Picks: briefing.Related.Select(r => r.Slug).ToImmutableArray());
            })
            .ToImmutableSortedDictionary(p => p.Slug, p => p.Picks, StringComparer.Ordinal);
}
