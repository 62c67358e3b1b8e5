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

    /// <summary>
    /// Each item's related slugs, best first, at most <paramref name="count"/>. Only the given items are
    /// candidates (the catalog holds published items only, so drafts never appear); an item is never its
    /// own related item. The result does not depend on the order of <paramref name="documents"/>.
    /// </summary>
    public static ImmutableDictionary<string, ImmutableArray<string>> Score(IEnumerable<RelatedDocument> documents, int count, int maxDegreeOfParallelism = -1) =>
        Score(documents, count, maxDegreeOfParallelism, RelatedWeights.NearestItems);

    /// <summary>The same with another number of nearest items walked in a long list, so tests can show the rule on a few items.</summary>
    internal static ImmutableDictionary<string, ImmutableArray<string>> Score(IEnumerable<RelatedDocument> documents, int count, int maxDegreeOfParallelism, int nearestItems)
    {
        var items = documents.ToArray();
        var related = Rank(items, count, maxDegreeOfParallelism, nearestItems);
        return items.Select((item, k) => KeyValuePair.Create(item.Slug, related[k].Select(j => items[j].Slug).ToImmutableArray())).ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The same as <see cref="Score(IEnumerable{RelatedDocument}, int, int)"/>, by place: each document's related
    /// documents as their places in <paramref name="documents"/>, so a caller holding more about each document
    /// (the catalog's views) finds it without a look-up by slug.
    /// </summary>
    internal static int[][] Rank(IReadOnlyList<RelatedDocument> documents, int count, int maxDegreeOfParallelism, int nearestItems = RelatedWeights.NearestItems)
    {
        var index = RelatedIndex.Build(documents, maxDegreeOfParallelism);
        var items = index.Items;
        var slugs = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            slugs.Add(items[i].Slug, i);
        }

        var related = new int[items.Length][];
        using var accumulators = new ThreadLocal<Accumulator>(() => new Accumulator(items.Length, index.Broad));
        Parallel.For(0, items.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            var picks = Picks(i, items[i].Picks, slugs, count);
            var best = Best(i, index, accumulators.Value!, picks, count - picks.Count, nearestItems);
            var cards = new int[picks.Count + best.Length];
            for (var k = 0; k < cards.Length; k++)
            {
                cards[k] = index.Places[k < picks.Count ? picks[k] : best[k - picks.Count]];
            }

            related[index.Places[i]] = cards;
        });
        return related;
    }

    /// <summary>The editor's picks that are published items, in order, without the item itself or repeats.</summary>
    private static List<int> Picks(int item, ImmutableArray<string> picks, Dictionary<string, int> slugs, int count)
    {
        var result = new List<int>();
        foreach (var slug in picks)
        {
            if (result.Count < count && slugs.TryGetValue(slug, out var j) && j != item && !result.Contains(j))
            {
                result.Add(j);
            }
        }

        return result;
    }

    /// <summary>The <paramref name="wanted"/> best scored items for item <paramref name="i"/>, leaving out its picks.</summary>
    private static int[] Best(int i, RelatedIndex index, Accumulator accumulator, List<int> picks, int wanted, int nearestItems)
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

        var longTerms = accumulator.LongTerms;
        longTerms.Clear();
        foreach (var (term, weight) in index.TermQueries[i])
        {
            var items = index.Terms.Items(term);
            var (start, length) = (0, items.Length);
            if (length > nearestItems)
            {
                // A long list brings in only the items nearest in time; the best candidates get the rest of its weight below.
                (start, length) = (index.Terms.NearestStart(term, i, nearestItems), nearestItems);
                longTerms.Add(new LongTerm(term, RelatedWeights.Text * weight, items[start], items[start + length - 1]));
            }

            accumulator.AddEach(items.Slice(start, length), index.Terms.Weights(term).Slice(start, length), RelatedWeights.Text * weight);
        }

        var broadTags = accumulator.StartBroadTags(index.TagShares[i]);

        if (longTerms.Count == 0)
        {
            return Top(i, index, accumulator.Touched, accumulator, picks, wanted, broadTags);
        }

        // Candidates outside a long list's nearest items are missing that word's weight: the best of them
        // get it, looked up in their own terms, and are ranked again (their broad tags already added).
        var shortlist = Top(i, index, accumulator.Touched, accumulator, picks, RelatedWeights.Shortlist, broadTags);
        foreach (var j in shortlist)
        {
            accumulator.AddMore(j, Missing(index, j, longTerms));
        }

        return Top(i, index, shortlist, accumulator, picks, wanted, addBroadTags: false);
    }

    /// <summary>The weight of the long-list words that candidate <paramref name="j"/> shares but was not walked for.</summary>
    private static double Missing(RelatedIndex index, int j, List<LongTerm> longTerms)
    {
        var missing = 0.0;
        foreach (var term in longTerms)
        {
            if (j < term.FirstItem || j > term.LastItem)
            {
                missing += term.Factor * index.WeightOf(j, term.Term);
            }
        }

        return missing;
    }

    /// <summary>
    /// The <paramref name="wanted"/> best of the candidates by their sums so far plus closeness in time;
    /// with <paramref name="addBroadTags"/>, each candidate's broad tags are first added to its sum (one
    /// pass over the candidates, where a pass of their own would walk them all once more).
    /// </summary>
    private static int[] Top(int i, RelatedIndex index, ReadOnlySpan<int> candidates, Accumulator accumulator, List<int> picks, int wanted, bool addBroadTags)
    {
        var top = new TopList(wanted, index);
        var floor = Floor(top.Lowest);
        var day = index.Days[i];
        foreach (var j in candidates)
        {
            var score = addBroadTags ? accumulator.AddBroadTags(j) : accumulator.Score(j);

            // Turned away as early and as cheaply as possible: first if even the same day would not do, then if
            // the closeness its distance in whole days allows would not; the exact score is worked out last.
            if ((score + RelatedWeights.Time) * Unit < floor)
            {
                continue;
            }

            var distance = Math.Abs(day - index.Days[j]);
            if ((score + (RelatedWeights.Time * Closeness.AtMost(distance))) * Unit < floor || j == i || picks.Contains(j))
            {
                continue;
            }

            top.Offer(Quantize(score + (RelatedWeights.Time * Closeness.Of(distance))), j);
            floor = Floor(top.Lowest);
        }

        return top.Items;
    }

    private static long Quantize(double score) => (long)Math.Round(score * Unit);

    /// <summary>
    /// A score that, scaled to millionths, is below this is quantized below <paramref name="lowest"/>:
    /// rounding moves a value by at most a half, so a double comparison settles it without rounding.
    /// </summary>
    private static double Floor(long lowest) => lowest == long.MinValue ? double.NegativeInfinity : lowest - 0.5;
}
