using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;

namespace Briefings.Related;

/// <summary>
/// Runs after <see cref="BuildCatalog"/> in the Catalog pipeline: takes the related items scored for the whole
/// catalog (<see cref="RelatedRanking"/>, started beside it) and adds them (<see cref="RelatedItems"/>) to the catalog document.
/// </summary>
/// <remarks>
/// The body's lead (<see cref="Reading.TextFacts.Lead"/>) is read by the ranking only, from the Content pipeline's
/// documents: the catalog does not keep it, so it goes with those documents.
/// </remarks>
public sealed class ScoreRelated(RelatedRanking ranking) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var outputs = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            outputs.Add(document.Metadata.TryGet(SiteCatalog.Key, out var catalog)
                ? document.With(RelatedItems.Key, Views(catalog, await ranking.Result(context)))
                : document);
        }

        return outputs.MoveToImmutable();
    }

    private static RelatedItems Views(SiteCatalog catalog, RelatedRanking.Ranked ranked)
    {
        var entries = catalog.Items;
        // Scored beside the catalog from the same rules: the same items in the same order, or a bug.
        if (!ranked.Slugs.SequenceEqual(entries.Select(e => e.Briefing.Slug), StringComparer.Ordinal))
        {
            throw new InvalidOperationException("Related scoring chose other items than the catalog.");
        }

        // Cards come back as places among the catalog's items: each is its item's view, found without a look-up by slug.
        var bySlug = new Dictionary<string, ItemView[]>(entries.Length, StringComparer.Ordinal);
        for (var k = 0; k < entries.Length; k++)
        {
            var views = new ItemView[ranked.Related[k].Length];
            for (var card = 0; card < views.Length; card++)
            {
                views[card] = entries[ranked.Related[k][card]].View;
            }

            bySlug.Add(entries[k].Briefing.Slug, views);
        }

        return new RelatedItems(bySlug);
    }
}
