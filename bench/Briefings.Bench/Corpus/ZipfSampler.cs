namespace Briefings.Bench.Corpus;

/// <summary>Draws ranks 0…n-1 with probability proportional to 1/(rank+1)^exponent: a few values common, most rare.</summary>
public sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent = 1.0)
    {
        _cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            _cumulative[rank] = total;
        }

        for (var rank = 0; rank < count; rank++)
        {
            _cumulative[rank] /= total;
        }
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }

    /// <summary>Up to <paramref name="count"/> distinct ranks, in the order drawn.</summary>
    public IReadOnlyList<int> Distinct(Random random, int count)
    {
        var picked = new List<int>(count);
        for (var attempt = 0; picked.Count < count && attempt < count * 20; attempt++)
        {
            var rank = Next(random);
            if (!picked.Contains(rank))
            {
                picked.Add(rank);
            }
        }

        return picked;
    }
}
