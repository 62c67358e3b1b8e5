using System.Collections.Immutable;

namespace Briefings.Related;

/// <summary>
/// Chooses each item's related items: the editor's picks first, in the editor's order, then the best
/// scored. Scores are accumulated over the inverted index, so an item is only ever compared with items
/// that share a tag or a telling word with it, never with every other item.
/// </summary>
public static class RelatedScorer
{
    /// <summary>Scores equal to six decimals count as tied, so that rounding noise never decides an order.</summary>
    private const int Decimals = 6;

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
        Parallel.For(
            0,
            items.Length,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => new Accumulator(items.Length),
            (i, _, accumulator) =>
            {
                var picks = Picks(i, items[i].Picks, slugs, count);
                var best = Best(i, index, accumulator, picks, count - picks.Count);
                related[i] = [.. picks.Concat(best).Select(j => items[j].Slug)];
                return accumulator;
            },
            _ => { });
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
        foreach (var (tag, share) in index.TagQueries[i])
        {
            accumulator.AddAll(index.Tags.Items(tag), RelatedWeights.Tags * share);
        }

        foreach (var (term, weight) in index.TermQueries[i])
        {
            accumulator.AddEach(index.Terms.Items(term), index.Terms.Weights(term), RelatedWeights.Text * weight);
        }

        var top = new TopList(wanted, index);
        foreach (var j in accumulator.Touched)
        {
            var shared = accumulator.Score(j);
            if (j == i || picks.Contains(j) || !top.CouldTake(Math.Round(shared + RelatedWeights.Time, Decimals), j))
            {
                continue;
            }

            var closeness = Math.Exp(-DecayPerDay * Math.Abs(index.Days[i] - index.Days[j]));
            top.Offer(Math.Round(shared + (RelatedWeights.Time * closeness), Decimals), j);
        }

        return top.Items;
    }

    /// <summary>One thread's running sums: one slot per item, reset only where it was touched.</summary>
    private sealed class Accumulator(int size)
    {
        private readonly double[] _scores = new double[size];
        private readonly bool[] _seen = new bool[size];
        private readonly List<int> _touched = [];

        public List<int> Touched => _touched;

        public double Score(int item) => _scores[item];

        public void Start()
        {
            foreach (var item in _touched)
            {
                _scores[item] = 0;
                _seen[item] = false;
            }

            _touched.Clear();
        }

        public void AddAll(ReadOnlySpan<int> items, double amount)
        {
            foreach (var item in items)
            {
                Add(item, amount);
            }
        }

        public void AddEach(ReadOnlySpan<int> items, ReadOnlySpan<float> weights, double factor)
        {
            for (var k = 0; k < items.Length; k++)
            {
                Add(items[k], factor * weights[k]);
            }
        }

        private void Add(int item, double amount)
        {
            if (!_seen[item])
            {
                _seen[item] = true;
                _touched.Add(item);
            }

            _scores[item] += amount;
        }
    }

    /// <summary>
    /// The best few candidates so far, in final order: score descending, then newer first, then slug
    /// (items are numbered in slug order, so the lower number wins).
    /// </summary>
    private sealed class TopList(int capacity, RelatedIndex index)
    {
        private readonly List<(double Score, int Item)> _items = new(capacity + 1);

        public IEnumerable<int> Items => _items.Select(c => c.Item);

        /// <summary>Whether a candidate with at most this score could still enter the list.</summary>
        public bool CouldTake(double score, int item) => _items.Count < capacity || Before((score, item), _items[^1]);

        public void Offer(double score, int item)
        {
            if (!CouldTake(score, item))
            {
                return;
            }

            var at = _items.Count;
            while (at > 0 && Before((score, item), _items[at - 1]))
            {
                at--;
            }

            _items.Insert(at, (score, item));
            if (_items.Count > capacity)
            {
                _items.RemoveAt(capacity);
            }
        }

        private bool Before((double Score, int Item) a, (double Score, int Item) b) =>
            a.Score != b.Score ? a.Score > b.Score
            : index.Days[a.Item] != index.Days[b.Item] ? index.Days[a.Item] > index.Days[b.Item]
            : a.Item < b.Item;
    }
}
