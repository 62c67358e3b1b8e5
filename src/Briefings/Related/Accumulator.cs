using System.Numerics;
using System.Runtime.CompilerServices;

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
    /// Sets up the item's broad tags, which bring in no one (their lists are long) but count for every
    /// candidate that shares them; false when the item has none. They are added to each candidate as the
    /// candidates are ranked (<see cref="AddBroadTags(int)"/>), not in a pass of their own.
    /// </summary>
    public bool StartBroadTags((int Tag, float Share)[] shares)
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

        return any;
    }

    /// <summary>Adds the broad tags a candidate shares with the item to its sum, in tag order (the same order on every run); returns the sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called once per candidate, about a thousand times per item
    public double AddBroadTags(int item)
    {
        var score = _scores[item];
        var bits = broad.Of(item);
        for (var word = 0; word < bits.Length; word++)
        {
            for (var shared = bits[word] & _broadQuery[word]; shared != 0; shared &= shared - 1)
            {
                score += _broadShares[(word * 64) + BitOperations.TrailingZeroCount(shared)];
            }
        }

        _scores[item] = score;
        return score;
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
