using System.Diagnostics;

namespace Briefings.Benchmarks;

/// <summary>What the harnesses of this project measure with: a piece of work's wall and CPU time, and medians.</summary>
internal static class Measuring
{
    /// <summary>
    /// Wall and CPU milliseconds of <paramref name="work"/> (CPU summed over all the process's threads: on a shared, loaded
    /// machine the wall clock depends on the neighbours, CPU time on the work), after a full collection so that none of
    /// the garbage before it is paid for in it.
    /// </summary>
    public static (double Wall, double Cpu, T Result) Time<T>(Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        process.Refresh();
        return (clock.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds, result);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
