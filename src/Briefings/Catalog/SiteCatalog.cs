using System.Collections.Immutable;
using Briefings.Engine.Documents;
using Briefings.Rail;
using Briefings.Site;

namespace Briefings.Catalog;

/// <summary>
/// The site model: every published item newest first, with its view, and the groupings pages are made
/// from. Built once per build by <see cref="BuildCatalog"/>; page features only read it.
/// </summary>
public sealed class SiteCatalog
{
    public const string Pipeline = "Catalog";

    public static readonly MetadataKey<SiteCatalog> Key = new("SiteCatalog");

    public required SiteSettings Settings { get; init; }

    public required SiteUrls Urls { get; init; }

    /// <summary>Published items, newest first; equal dates in slug order.</summary>
    public required ImmutableArray<CatalogEntry> Items { get; init; }

    public required IReadOnlyDictionary<string, CatalogEntry> BySlug { get; init; }

    /// <summary>Items this build left out (drafts, scheduled, expired), in file order.</summary>
    public required ImmutableArray<HeldBackItem> HeldBack { get; init; }

    /// <summary>Tags in slug order.</summary>
    public required ImmutableArray<TagGroup> Tags { get; init; }

    /// <summary>The News Feed rail, built once per build; pages only pick their slice of it.</summary>
    public required NewsRail Rail { get; init; }

    /// <summary>The catalog from a pipeline's visible outputs (it is the Catalog pipeline's single document).</summary>
    public static SiteCatalog From(Engine.Execution.PipelineContext context) =>
        context.OutputsOf(Pipeline).Single().Get(Key);
}
