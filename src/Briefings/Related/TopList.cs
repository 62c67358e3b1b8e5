namespace Briefings.Related;

/// <summary>
/// The best few candidates so far, in final order: score descending, then newer first, then slug
/// (items with equal dates are numbered in slug order, so the lower number wins).
/// </summary>
/// <remarks>Two plain arrays, not a list of (score, item) tuples: a list of a value tuple is compiled at every start.</remarks>
internal sealed class TopList(int capacity, RelatedIndex index)
{
    private readonly long[] _scores = new long[capacity];
    private readonly int[] _items = new int[capacity];
    private int _count;

    /// <summary>The items, best first.</summary>
    public int[] Items => _items[.._count];

    /// <summary>The score a candidate must reach to enter the list.</summary>
    public long Lowest => _count < capacity ? long.MinValue : _scores[_count - 1];

    public void Offer(long score, int item)
    {
        if (_count == capacity && !Before(score, item, _count - 1))
        {
            return;
        }

        // The last entry falls off a full list; the others from the new one's place move down one.
        var at = _count < capacity ? _count++ : _count - 1;
        while (at > 0 && Before(score, item, at - 1))
        {
            _scores[at] = _scores[at - 1];
            _items[at] = _items[at - 1];
            at--;
        }

        _scores[at] = score;
        _items[at] = item;
    }

    private bool Before(long score, int item, int at) =>
        score != _scores[at] ? score > _scores[at]
        : index.Days[item] != index.Days[_items[at]] ? index.Days[item] > index.Days[_items[at]]
        : item < _items[at];
}
