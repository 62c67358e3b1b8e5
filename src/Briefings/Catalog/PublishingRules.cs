using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Site;

namespace Briefings.Catalog;

/// <summary>
/// Which briefings a build publishes and in what order the catalog lists them: the rules <see cref="BuildCatalog"/>
/// applies, in one place, so that related scoring, which starts beside it (<see cref="Related.RelatedRanking"/>),
/// chooses from exactly the same items in the same order.
/// </summary>
public static class PublishingRules
{
    /// <summary>The Content documents' briefings in file order (ordinal source path): of two with one slug, the first wins.</summary>
    public static List<CatalogSource> InFileOrder(IEnumerable<Document> content) =>
        content.Select(d => new CatalogSource(d.Get(BriefingKeys.Briefing), d)).OrderBy(b => b.Briefing.SourcePath, StringComparer.Ordinal).ToList();

    /// <summary>Why this build leaves the briefing out (a draft, scheduled, expired), or null when it publishes it.</summary>
    public static HeldBackItem? HeldBack(Briefing briefing, BuildOptions options)
    {
        if (briefing.Draft && !options.Drafts)
        {
            return new HeldBackItem(briefing.SourcePath, briefing.Slug, "draft", briefing.Date);
        }

        if (briefing.Date > options.Now && !options.Future)
        {
            return new HeldBackItem(briefing.SourcePath, briefing.Slug, "scheduled", briefing.Date);
        }

        if (briefing.Expires is { } expires && expires <= options.Now)
        {
            return new HeldBackItem(briefing.SourcePath, briefing.Slug, "expired", expires);
        }

        return null;
    }

    /// <summary>The catalog's order: newest first, equal dates in ordinal slug order (slugs are unique, so the order is total).</summary>
    public static int NewestFirst(Briefing a, Briefing b) =>
        a.Date.UtcTicks != b.Date.UtcTicks ? b.Date.UtcTicks.CompareTo(a.Date.UtcTicks) : string.CompareOrdinal(a.Slug, b.Slug);
}
