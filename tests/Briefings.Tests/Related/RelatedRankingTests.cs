using Briefings.Tests.Support;

namespace Briefings.Tests.Related;

/// <summary>
/// Related scoring starts beside the catalog (<see cref="Briefings.Related.RelatedRanking"/>) and chooses its items
/// with the catalog's own publishing rules: it must choose exactly the catalog's items, see a tag's spellings as one
/// tag as the catalog does, and give the same cards on one thread (where it waits for the catalog) as on several.
/// </summary>
public sealed class RelatedRankingTests
{
    [Fact]
    public void Held_back_briefings_are_never_cards_and_a_serial_build_gives_the_same_cards()
    {
        using var folder = TankerSite();
        using var parallel = BuiltSite.Build(folder.Root);
        using var serial = BuiltSite.Build(folder.Root, serial: true);

        var published = Enumerable.Range(1, 6).Select(day => $"tanker-{day}").ToList();
        foreach (var slug in published)
        {
            var cards = RelatedSlugs(parallel, slug);
            Assert.NotEmpty(cards);
            Assert.All(cards, card => Assert.Contains(card, published));
            Assert.Equal(cards, RelatedSlugs(serial, slug));
        }

        Assert.False(parallel.Exists("draft-tanker/index.html"));
        Assert.False(parallel.Exists("scheduled-tanker/index.html"));
        Assert.False(parallel.Exists("expired-tanker/index.html"));
    }

    [Fact]
    public void Two_spellings_of_a_tag_are_one_tag_for_related_cards()
    {
        using var folder = new SiteFolder();
        folder.Write("first.md", Article("Quay cranes idle", "Dockers wait beside silent cranes.", 1, "Shadow Fleet"));
        folder.Write("second.md", Article("Insurers withdraw cover", "Underwriters cancel policies overnight.", 9, "shadow fleet"));
        folder.Write("third.md", Article("Harvest festival opens", "Farmers bring pumpkins.", 2, "Farming"));
        using var site = BuiltSite.Build(folder.Root);

        // Only the tag (and the summary all share) joins the first two: without it "third", a day from "first",
        // would come first; with it, spelled two ways but one slug, each of the two is the other's first card.
        Assert.Equal("second", RelatedSlugs(site, "first")[0]);
        Assert.Equal("first", RelatedSlugs(site, "second")[0]);
    }

    private static SiteFolder TankerSite()
    {
        var folder = new SiteFolder();
        foreach (var day in Enumerable.Range(1, 6))
        {
            folder.Write($"tanker-{day}.md", Article($"Tanker {day} seized", "Coastguard boards tanker carrying sanctioned crude oil.", day, day % 2 == 0 ? "Shadow Fleet" : "shadow fleet"));
        }

        // The same words as the others, so each would be a strong card if it were published.
        folder.Write("draft-tanker.md", Article("Tanker seized", "Coastguard boards tanker carrying sanctioned crude oil.", 7, "Shadow Fleet", "draft: true"));
        folder.Write("scheduled-tanker.md", Article("Tanker seized", "Coastguard boards tanker carrying sanctioned crude oil.", 8, "Shadow Fleet")
            .Replace("date: 2025-01-08", "date: 2026-06-08", StringComparison.Ordinal));
        folder.Write("expired-tanker.md", Article("Tanker seized", "Coastguard boards tanker carrying sanctioned crude oil.", 9, "Shadow Fleet", "expires: 2025-06-01T00:00:00+00:00"));
        return folder;
    }

    private static string Article(string title, string body, int day, string tag, string extra = "") =>
        SiteFolder.Article(title, body, day, extra).Replace("tags: [Russia]", $"tags: [{tag}]", StringComparison.Ordinal);

    private static List<string> RelatedSlugs(BuiltSite site, string slug) =>
        [.. site.PageAt($"/{slug}/").QuerySelectorAll("section.related .related-card h3 a").Select(a => a.GetAttribute("href")!.Trim('/'))];
}
