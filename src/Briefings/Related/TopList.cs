namespace Briefings.Related;

/// <summary>
/// The best few candidates so far, in final order: score descending, then newer first, then slug
/// (items with equal dates are numbered in slug order, so the lower number wins).
/// </summary>
internal sealed class TopList(int capacity, RelatedIndex index)
{
    private readonly List<(long Score, int Item)> _items = new(capacity + 1);

    public IEnumerable<int> Items => _items.Select(c => c.Item);

    /// <summary>The score a candidate must reach to enter the list.</summary>
    public long Lowest => _items.Count < capacity ? long.MinValue : _items[^1].Score;

    public void Offer(long score, int item)
    {
        if (_items.Count == capacity && !Before((score, item), _items[^1]))
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

    private bool Before((long Score, int Item) a, (long Score, int Item) b) =>
        a.Score != b.Score ? a.Score > b.Score
        : index.Days[a.Item] != index.Days[b.Item] ? index.Days[a.Item] > index.Days[b.Item]
        : a.Item < b.Item;
}
