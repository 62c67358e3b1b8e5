namespace Briefings.Related;

/// <summary>
/// The broad tags (<see cref="RelatedWeights.BroadTagShare"/>) of every item as bit sets, one row of
/// 64-bit words per item in one flat array: checking a candidate's broad tags against the item's is a
/// few AND operations on neighbouring memory instead of a walk over the candidate's tag list.
/// Broad tags are numbered in tag order, so walking the set bits visits them in tag order.
/// </summary>
internal sealed class BroadTags
{
    private readonly ulong[] _bits;

    private BroadTags(int[] numbers, int count, ulong[] bits)
    {
        Numbers = numbers;
        Count = count;
        Words = Math.Max(1, (count + 63) / 64);
        _bits = bits;
    }

    /// <summary>Tag → its number among the broad tags, or -1 for a tag that is not broad.</summary>
    public int[] Numbers { get; }

    /// <summary>How many tags are broad.</summary>
    public int Count { get; }

    /// <summary>64-bit words per item.</summary>
    public int Words { get; }

    public bool IsBroad(int tag) => Numbers[tag] >= 0;

    /// <summary>The item's broad tags as bits (bit b of word w is broad tag 64w + b).</summary>
    public ReadOnlySpan<ulong> Of(int item) => _bits.AsSpan(item * Words, Words);

    public static BroadTags Build(bool[] broad, int[][] tagSets)
    {
        var numbers = new int[broad.Length];
        var count = 0;
        for (var tag = 0; tag < broad.Length; tag++)
        {
            numbers[tag] = broad[tag] ? count++ : -1;
        }

        var words = Math.Max(1, (count + 63) / 64);
        var bits = new ulong[tagSets.Length * words];
        for (var item = 0; item < tagSets.Length; item++)
        {
            foreach (var tag in tagSets[item])
            {
                if (numbers[tag] >= 0)
                {
                    bits[(item * words) + (numbers[tag] / 64)] |= 1UL << (numbers[tag] % 64);
                }
            }
        }

        return new BroadTags(numbers, count, bits);
    }
}
