using System.Globalization;
using Briefings.Engine.Execution;

namespace Briefings.Cli.Console;

/// <summary>
/// The line <c>build --timings</c> adds when the engine gave memory back before Output (a large build, see
/// <see cref="EngineSettings.ReturnMemoryAbove"/>): what the GC held before and after, and what the collection cost.
/// </summary>
public static class MemoryReturnLine
{
    public static void Print(TextWriter output, MemoryReturn? returned)
    {
        if (returned is null)
        {
            return;
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"memory: before Output, one full compacting collection ({returned.Elapsed.TotalMilliseconds:0} ms) took the GC's committed memory from {returned.CommittedBefore / 1048576.0:0} to {returned.CommittedAfter / 1048576.0:0} MiB"));
    }
}
