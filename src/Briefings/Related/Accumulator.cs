using System.Numerics;

namespace Briefings.Related;

/// <summary>One thread's running sums: one slot per item, reset only where it was touched.</summary>
internal sealed class Accumulator(int items, BroadTags broad)
{
    private readonly double[] _scores = new double[items];
    private readonly bool[] _seen = new bool[items];
    private readonly List<int> _touched = [];
    private readonly double[] _broadShares = new double[broad.Count];
    private readonly ulong[] _broadQuery = new ulong[broad.Words];

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
        foreach (var item in _touched)
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
