using System.Collections.Immutable;

namespace Briefings.Related;

/// <summary>
/// Chooses each item's related items: the editor's picks first, in the editor's order, then the best
/// scored. Scores are accumulated over the inverted index, so an item is only ever compared with items
/// that share a tag or a telling word with it, never with every other item.
/// </summary>
public static class RelatedScorer
{
    /// <summary>Scores are compared in millionths: scores equal to six decimals count as tied, so rounding noise never decides an order.</summary>
    private const double Unit = 1e6;

    private static readonly double DecayPerDay = Math.Log(2) / RelatedWeights.HalfLifeDays;

    /// <summary>
    /// Each item's related slugs, best first, at most <paramref name="count"/>. Only the given items are
    /// candidates (the catalog holds published items only, so drafts never appear); an item is never its
    /// own related item. The result does not depend on the order of <paramref name="documents"/>.
    /// </summary>
    public static ImmutableDictionary<string, ImmutableArray<string>> Score(IEnumerable<RelatedDocument> documents, int count, int maxDegreeOfParallelism = -1)
    {
        var index = RelatedIndex.Build(documents, maxDegreeOfParallelism);
        var items = index.Items;
        var slugs = items.Select((item, i) => (item.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        var related = new ImmutableArray<string>[items.Length];
        using var accumulators = new ThreadLocal<Accumulator>(() => new Accumulator(items.Length, index.Broad));
        Parallel.For(0, items.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            var picks = Picks(i, items[i].Picks, slugs, count);
            var best = Best(i, index, accumulators.Value!, picks, count - picks.Count);
            related[i] = [.. picks.Concat(best).Select(j => items[j].Slug)];
        });
        return items.Select((item, i) => KeyValuePair.Create(item.Slug, related[i])).ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>The editor's picks that are published items, in order, without the item itself or repeats.</summary>
    private static List<int> Picks(int item, ImmutableArray<string> picks, Dictionary<string, int> slugs, int count) =>
        [.. picks.Select(slug => slugs.GetValueOrDefault(slug, -1)).Where(j => j >= 0 && j != item).Distinct().Take(count)];

    /// <summary>The <paramref name="wanted"/> best scored items for item <paramref name="i"/>, leaving out its picks.</summary>
    private static IEnumerable<int> Best(int i, RelatedIndex index, Accumulator accumulator, List<int> picks, int wanted)
    {
        if (wanted <= 0)
        {
            return [];
        }

        accumulator.Start();
        foreach (var (tag, share) in index.TagShares[i])
        {
            if (!index.Broad.IsBroad(tag))
            {
                accumulator.AddAll(index.Tags.Items(tag), RelatedWeights.Tags * share);
            }
        }

        foreach (var (term, weight) in index.TermQueries[i])
        {
            accumulator.AddEach(index.Terms.Items(term), index.Terms.Weights(term), RelatedWeights.Text * weight);
        }

        accumulator.AddBroadTags(index.TagShares[i]);

        var top = new TopList(wanted, index);
        foreach (var j in accumulator.Touched)
        {
            if (Quantize(accumulator.Score(j) + RelatedWeights.Time) < top.Lowest || j == i || picks.Contains(j))
            {
                continue;
            }

            var closeness = Math.Exp(-DecayPerDay * Math.Abs(index.Days[i] - index.Days[j]));
            top.Offer(Quantize(accumulator.Score(j) + (RelatedWeights.Time * closeness)), j);
        }

        return top.Items;
    }

    private static long Quantize(double score) => (long)Math.Round(score * Unit);
}
