namespace Briefings.Related;

/// <summary>
/// An inverted index in compressed-row form: for each key (a term or a tag), the items that carry it,
/// in item order, each with a weight. One
/// flat array for all keys keeps 10,000 items' postings in a few allocations.
/// </summary>
internal sealed class Postings
{
    private readonly int[] _starts;
    private readonly int[] _items;
    private readonly float[] _weights;

    private Postings(int[] starts, int[] items, float[] weights)
    {
        _starts = starts;
        _items = items;
        _weights = weights;
    }

    public ReadOnlySpan<int> Items(int key) => _items.AsSpan(_starts[key], _starts[key + 1] - _starts[key]);

    public ReadOnlySpan<float> Weights(int key) => _weights.AsSpan(_starts[key], _starts[key + 1] - _starts[key]);

    /// <summary>
    /// Where, among a key's postings (laid out in item order), the <paramref name="count"/> nearest to item
    /// <paramref name="item"/> start: half before it and half after, moved inwards at either end of the
    /// list so that there are always <paramref name="count"/>.
    /// </summary>
    public int NearestStart(int key, int item, int count)
    {
        var items = Items(key);
        var (low, high) = (0, items.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = items[middle] < item ? (middle + 1, high) : (low, middle);
        }

        return Math.Clamp(low - (count / 2), 0, items.Length - count);
    }

    /// <summary>
    /// Builds the index from each item's (key, weight) pairs; <paramref name="keep"/> says which keys get
    /// postings at all (ignored keys cost nothing).
    /// </summary>
    public static Postings Build(int keyCount, IReadOnlyList<(int Key, float Weight)[]> itemKeys, Func<int, bool> keep)
    {
        var starts = new int[keyCount + 1];
        foreach (var keys in itemKeys)
        {
            foreach (var (key, _) in keys)
            {
                if (keep(key))
                {
                    starts[key + 1]++;
                }
            }
        }

        for (var key = 0; key < keyCount; key++)
        {
            starts[key + 1] += starts[key];
        }

        var next = starts[..^1];
        var items = new int[starts[^1]];
        var weights = new float[starts[^1]];
        for (var item = 0; item < itemKeys.Count; item++)
        {
            foreach (var (key, weight) in itemKeys[item])
            {
                if (keep(key))
                {
                    var at = next[key]++;
                    items[at] = item;
                    weights[at] = weight;
                }
            }
        }

        return new Postings(starts, items, weights);
    }
}
