using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;

namespace Briefings.Related;

/// <summary>
/// Runs after <see cref="BuildCatalog"/> in the Catalog pipeline: scores related items once for the
/// whole catalog and adds the result (<see cref="RelatedItems"/>) to the catalog document.
/// </summary>
/// <remarks>
/// The body's lead (<see cref="Reading.TextFacts.Lead"/>) is read here only, from the Content pipeline's documents
/// (<paramref name="contentPipeline"/>): the catalog does not keep it, so it goes with those documents.
/// </remarks>
public sealed class ScoreRelated(string contentPipeline) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult<ImmutableArray<Document>>([.. inputs.Select(document =>
            document.Metadata.TryGet(SiteCatalog.Key, out var catalog) ? document.With(RelatedItems.Key, Score(catalog, context)) : document)]);

    private RelatedItems Score(SiteCatalog catalog, PipelineContext context)
    {
        var entries = catalog.Items;
        // Found by the briefing itself (a record compared by value would compare every field).
        var leads = context.OutputsOf(contentPipeline).ToDictionary<Document, Briefing, string>(
            d => d.Get(BriefingKeys.Briefing), d => d.Get(BriefingKeys.TextFacts).Lead, ReferenceEqualityComparer.Instance);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = context.Settings.Serial ? 1 : -1 };
        var documents = new RelatedDocument[entries.Length];
        Parallel.For(0, entries.Length, parallel, k => documents[k] = ToDocument(entries[k], leads[entries[k].Briefing]));
        var related = RelatedScorer.Rank(documents, catalog.Settings.RelatedCount, parallel.MaxDegreeOfParallelism);
        // Cards come back as places among the catalog's items: each is its item's view, found without a look-up by slug.
        var bySlug = new Dictionary<string, ItemView[]>(entries.Length, StringComparer.Ordinal);
        for (var k = 0; k < entries.Length; k++)
        {
            var views = new ItemView[related[k].Length];
            for (var card = 0; card < views.Length; card++)
            {
                views[card] = entries[related[k][card]].View;
            }

            bySlug.Add(entries[k].Briefing.Slug, views);
        }

        return new RelatedItems(bySlug);
    }

    private static RelatedDocument ToDocument(CatalogEntry entry, string lead) => new(
        entry.Briefing.Slug,
        entry.Briefing.Date,
        [.. entry.View.Tags.Select(t => t.Slug)],
        entry.Briefing.Title,
        string.Join(' ', new[] { entry.Briefing.Summary, entry.Briefing.Quote }.Where(s => s is not null)),
        lead,
        [.. entry.Briefing.Related.Select(r => r.Slug)]);
}
