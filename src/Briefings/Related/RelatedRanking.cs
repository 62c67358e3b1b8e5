using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Site;
using Briefings.Slugs;

namespace Briefings.Related;

/// <summary>
/// Related scoring for one build, started as the Catalog pipeline starts (<see cref="Start"/>, its first module) and
/// run beside <see cref="BuildCatalog"/>, whose work is mostly on one core: scoring needs only the Content documents and
/// the publishing rules (<see cref="PublishingRules"/>), not the catalog. <see cref="ScoreRelated"/> waits for it and hands out views.
/// </summary>
/// <remarks>
/// Made per build by the feature (<see cref="CatalogFeature"/>). A serial build (<c>--serial</c>) scores when
/// <see cref="ScoreRelated"/> asks, not beside the catalog, so that it keeps to one thread.
/// </remarks>
public sealed class RelatedRanking(string contentPipeline, BuildOptions options, int count)
{
    private Task<Ranked>? _started;

    /// <summary>The module that starts scoring (its documents pass through unchanged).</summary>
    public IModule Start => new StartRanking(this);

    /// <summary>
    /// Every published item's related items, as places among the published items in catalog order
    /// (<see cref="PublishingRules.NewestFirst"/>), with those items' slugs so that a caller can check it holds the same list.
    /// </summary>
    internal Task<Ranked> Result(PipelineContext context) => _started ?? Task.FromResult(Rank(context));

    private Ranked Rank(PipelineContext context)
    {
        var published = new List<CatalogSource>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in PublishingRules.InFileOrder(context.OutputsOf(contentPipeline)))
        {
            // Of two briefings with one slug the first in file order is the item (BuildCatalog reports the other).
            if (slugs.Add(source.Briefing.Slug) && PublishingRules.HeldBack(source.Briefing, options) is null)
            {
                published.Add(source);
            }
        }

        published.Sort((a, b) => PublishingRules.NewestFirst(a.Briefing, b.Briefing));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = context.Settings.Serial ? 1 : -1 };
        var tagSlugs = new TagSlugs();
        var documents = new RelatedDocument[published.Count];
        Parallel.For(0, documents.Length, parallel, k => documents[k] = ToDocument(published[k], tagSlugs));
        return new Ranked([.. published.Select(p => p.Briefing.Slug)], RelatedScorer.Rank(documents, count, parallel.MaxDegreeOfParallelism));
    }

    private static RelatedDocument ToDocument(CatalogSource source, TagSlugs tagSlugs)
    {
        var briefing = source.Briefing;
        return new RelatedDocument(
            briefing.Slug,
            briefing.Date,
            tagSlugs.Of(briefing.Tags),
            briefing.Title,
            string.Join(' ', new[] { briefing.Summary, briefing.Quote }.Where(s => s is not null)),
            source.Document.Get(BriefingKeys.TextFacts).Lead,
            [.. briefing.Related.Select(r => r.Slug)]);
    }

    /// <summary>Each place's related places, and the slugs of the items in those places.</summary>
    internal sealed record Ranked(ImmutableArray<string> Slugs, int[][] Related);

    /// <summary>
    /// The tag slugs the catalog gives an item (its tags' page names, each once; a tag without letters or digits has none,
    /// BuildCatalog reports it), each spelling slugified once: a few dozen spellings are used tens of thousands of times.
    /// </summary>
    private sealed class TagSlugs
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _slugs = new(StringComparer.Ordinal);

        public ImmutableArray<string> Of(IEnumerable<string> tags) =>
            [.. tags.Select(tag => _slugs.GetOrAdd(tag, Slugger.Slugify)).Where(slug => slug.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    private sealed class StartRanking(RelatedRanking ranking) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
        {
            if (!context.Settings.Serial)
            {
                ranking._started = Task.Run(() => ranking.Rank(context), context.CancellationToken);
            }

            return Task.FromResult(inputs);
        }
    }
}
