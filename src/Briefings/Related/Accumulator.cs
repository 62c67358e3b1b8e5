using System.Numerics;

namespace Briefings.Related;

/// <summary>One thread's running sums: one slot per item, reset only where it was touched.</summary>
internal sealed class Accumulator(int items, BroadTags broad)
{
    // Every amount added is above 0, so a score of 0 means "not touched yet": no separate flags, and
    // recording a touch needs no branch (the hot loop runs about a thousand times per item): every add
    // writes its item at the end of the list, and only a first touch moves the end (hence one spare slot).
    private readonly double[] _scores = new double[items];
    private readonly int[] _touched = new int[items + 1];
    private int _count;
    private readonly double[] _broadShares = new double[broad.Count];
    private readonly ulong[] _broadQuery = new ulong[broad.Words];

    public ReadOnlySpan<int> Touched => _touched.AsSpan(0, _count);

    /// <summary>The long-list words of the item being scored (kept here to be reused, like the sums).</summary>
    public List<LongTerm> LongTerms { get; } = [];

    public double Score(int item) => _scores[item];

    public void Start()
    {
        foreach (var item in Touched)
        {
            _scores[item] = 0;
        }

        _count = 0;
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

    /// <summary>
    /// Adds the item's broad tags to the candidates already found: broad tags bring in no one (their
    /// lists are long), but count for every candidate that shares them.
    /// </summary>
    public void AddBroadTags((int Tag, float Share)[] shares)
    {
        var query = _broadQuery.AsSpan();
        query.Clear();
        var any = false;
        foreach (var (tag, share) in shares)
        {
            var number = broad.Numbers[tag];
            if (number >= 0)
            {
                _broadShares[number] = RelatedWeights.Tags * share;
                query[number / 64] |= 1UL << (number % 64);
                any = true;
            }
        }

        if (!any)
        {
            return;
        }

        // Shared broad tags are added in tag order, the same order on every run.
        foreach (var item in Touched)
        {
            var bits = broad.Of(item);
            for (var word = 0; word < bits.Length; word++)
            {
                for (var shared = bits[word] & query[word]; shared != 0; shared &= shared - 1)
                {
                    _scores[item] += _broadShares[(word * 64) + BitOperations.TrailingZeroCount(shared)];
                }
            }
        }
    }

    /// <summary>Adds to an item already touched (its score is above 0, so the touched list stays as it is).</summary>
    public void AddMore(int item, double amount) => _scores[item] += amount;

    private void Add(int item, double amount)
    {
        var score = _scores[item];
        _touched[_count] = item;
        _count += score == 0 ? 1 : 0;
        _scores[item] = score + amount;
    }
}
