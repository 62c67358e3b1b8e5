namespace Briefings.Bench.Corpus;

/// <summary>
/// One independent random stream per (seed, item, purpose): items can be generated in any order and in
/// parallel and still come out the same. SplitMix64 mixes the numbers so that neighbouring items differ.
/// </summary>
public static class SeededRandom
{
    public static Random For(int seed, int item, int purpose) => new(unchecked((int)Mix((ulong)(uint)seed << 32 ^ (ulong)(uint)item ^ (ulong)purpose << 61)));

    private static ulong Mix(ulong value)
    {
        unchecked
        {
            value += 0x9E3779B97F4A7C15UL;
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }
}
