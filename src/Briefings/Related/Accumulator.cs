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

    // The item's broad tags in tag order: where each one's bit is in a candidate's row, and what it adds.
    private readonly BroadTag[] _broadTags = new BroadTag[broad.Count];
    private int _broadCount;

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
        _broadCount = 0;
        foreach (var (tag, share) in shares)
        {
            var number = broad.Numbers[tag];
            if (number >= 0)
            {
                _broadTags[_broadCount++] = new BroadTag(number / 64, number % 64, RelatedWeights.Tags * share);
            }
        }

        return _broadCount > 0;
    }

    /// <summary>
    /// Adds the broad tags a candidate shares with the item to its sum, in tag order (the same order on every run); returns the sum.
    /// Every broad tag of the item is looked at and a tag the candidate lacks adds exactly 0: the same sum as adding
    /// only the shared ones, but the loop runs as often for every candidate, so the processor predicts its end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called once per candidate, about a thousand times per item
    public double AddBroadTags(int item)
    {
        var score = _scores[item];
        var bits = broad.Of(item);
        foreach (var tag in _broadTags.AsSpan(0, _broadCount))
        {
            score += tag.Share * (double)((bits[tag.Word] >> tag.Bit) & 1);
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

    /// <summary>One broad tag of the item being scored: its bit in a candidate's row (word and bit), and what sharing it adds.</summary>
    private readonly record struct BroadTag(int Word, int Bit, double Share);
}
