using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Briefings.Cli.Console;

/// <summary>
/// The costs of a build that no pipeline owns, printed under <c>build --timings</c>: time since the
/// process started, garbage collections and their pauses, allocation, and methods JIT-compiled (start-up
/// work a ReadyToRun publish avoids). Counted for the whole process, so they include the build itself.
/// </summary>
public sealed record RuntimeCosts(
    TimeSpan SinceStart,
    int Gen0,
    int Gen1,
    int Gen2,
    TimeSpan GcPause,
    long AllocatedBytes,
    long PeakWorkingSet,
    long JitMethods,
    TimeSpan JitTime)
{
    public static RuntimeCosts Now()
    {
        using var process = Process.GetCurrentProcess();
        return new RuntimeCosts(
            DateTime.Now - process.StartTime,
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration(),
            GC.GetTotalAllocatedBytes(),
            process.PeakWorkingSet64,
            JitInfo.GetCompiledMethodCount(),
            JitInfo.GetCompilationTime());
    }

    public void Print(TextWriter output) => output.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"process: {SinceStart.TotalSeconds:0.00} s since start; GC {Gen0}/{Gen1}/{Gen2} collections (gen 0/1/2), {GcPause.TotalMilliseconds:0} ms paused, {AllocatedBytes / 1048576.0:0} MiB allocated, {PeakWorkingSet / 1048576.0:0} MiB peak working set; JIT {JitMethods} methods in {JitTime.TotalMilliseconds:0} ms"));
}
