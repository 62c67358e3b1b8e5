using System.Diagnostics;

namespace Briefings.Engine.Execution;

/// <summary>
/// What the engine gave back to the operating system before Output, when it let go of the results of pipelines
/// released before Output (see <see cref="EngineSettings.ReturnMemoryAbove"/>): the GC's committed memory before
/// and after one full, compacting collection, and how long that collection took.
/// </summary>
public sealed record MemoryReturn(long CommittedBefore, long CommittedAfter, TimeSpan Elapsed)
{
    /// <summary>
    /// Collects every generation, compacts, and decommits what was freed (<see cref="GCCollectionMode.Aggressive"/>),
    /// when the GC holds at least <paramref name="threshold"/> bytes; otherwise does nothing and returns null.
    /// </summary>
    public static MemoryReturn? IfAbove(long threshold)
    {
        var before = GC.GetGCMemoryInfo().TotalCommittedBytes;
        if (before < threshold)
        {
            return null;
        }

        var stopwatch = Stopwatch.StartNew();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return new MemoryReturn(before, GC.GetGCMemoryInfo().TotalCommittedBytes, stopwatch.Elapsed);
    }
}
