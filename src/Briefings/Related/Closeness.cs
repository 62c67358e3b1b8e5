using System.Runtime.CompilerServices;

namespace Briefings.Related;

/// <summary>
/// Closeness in time: 1 on the same day, halving every <see cref="RelatedWeights.HalfLifeDays"/> days.
/// <see cref="AtMost"/> bounds it from a table by whole days, so a candidate too far away to make the list
/// is turned away without computing an exponential.
/// </summary>
internal static class Closeness
{
    private static readonly double DecayPerDay = Math.Log(2) / RelatedWeights.HalfLifeDays;

    // Closeness at each whole number of days, made a little larger (by far more than Math.Exp's error) so
    // that it is never below the closeness of a distance within that day.
    private static readonly double[] AtWholeDays = WholeDays(2048);

    /// <summary>The closeness of two items <paramref name="distance"/> days apart.</summary>
    public static double Of(double distance) => Math.Exp(-DecayPerDay * distance);

    private static double[] WholeDays(int count)
    {
        var table = new double[count];
        for (var days = 0; days < count; days++)
        {
            table[days] = Of(days) * (1 + 1e-9);
        }

        return table;
    }

    /// <summary>A value at least <see cref="Of"/>(<paramref name="distance"/>), from a table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per candidate that might make the list
    public static double AtMost(double distance) => AtWholeDays[(int)Math.Min(distance, AtWholeDays.Length - 1)];
}
