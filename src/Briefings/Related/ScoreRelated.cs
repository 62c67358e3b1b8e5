using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;

namespace Briefings.Related;

/// <summary>
/// Runs after <see cref="BuildCatalog"/> in the Catalog pipeline: scores related items once for the
/// whole catalog and adds the result (<see cref="RelatedItems"/>) to the catalog document.
/// </summary>
public sealed class ScoreRelated : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult<ImmutableArray<Document>>([.. inputs.Select(document =>
            document.Metadata.TryGet(SiteCatalog.Key, out var catalog) ? document.With(RelatedItems.Key, Score(catalog, context)) : document)]);

    private static RelatedItems Score(SiteCatalog catalog, PipelineContext context)
    {
        var slugs = RelatedScorer.Score(catalog.Items.Select(ToDocument), catalog.Settings.RelatedCount, context.Settings.Serial ? 1 : -1);
        return new RelatedItems(slugs.ToImmutableDictionary(p => p.Key, p => p.Value.Select(slug => catalog.BySlug[slug].View).ToImmutableArray(), StringComparer.Ordinal));
    }

    private static RelatedDocument ToDocument(CatalogEntry entry) => new(
        entry.Briefing.Slug,
        entry.Briefing.Date,
        [.. entry.View.Tags.Select(t => t.Slug)],
        entry.Briefing.Title,
        string.Join(' ', new[] { entry.Briefing.Summary, entry.Briefing.Quote }.Where(s => s is not null)),
        entry.Facts.Lead,
        [.. entry.Briefing.Related.Select(r => r.Slug)]);
}
