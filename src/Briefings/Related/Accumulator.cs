namespace Briefings.Related;

/// <summary>One thread's running sums: one slot per item, reset only where it was touched.</summary>
internal sealed class Accumulator(int items, int tags)
{
    private readonly double[] _scores = new double[items];
    private readonly bool[] _seen = new bool[items];
    private readonly List<int> _touched = [];
    private readonly double[] _broadShares = new double[tags];

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
    public void AddBroadTags((int Tag, float Share)[] shares, RelatedIndex index)
    {
        var any = false;
        foreach (var (tag, share) in shares)
        {
            if (index.Broad[tag])
            {
                _broadShares[tag] = RelatedWeights.Tags * share;
                any = true;
            }
        }

        if (!any)
        {
            return;
        }

        foreach (var item in _touched)
        {
            foreach (var tag in index.TagSets[item])
            {
                _scores[item] += _broadShares[tag];
            }
        }

        foreach (var (tag, _) in shares)
        {
            _broadShares[tag] = 0;
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
