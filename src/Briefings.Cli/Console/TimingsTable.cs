using System.Globalization;
using Briefings.Engine.Execution;
using Briefings.Engine.Pipelines;

namespace Briefings.Cli.Console;

/// <summary>
/// Prints <c>build --timings</c>: one row per pipeline, one column per phase (milliseconds), the pipeline's
/// total and how many documents it ended with, so the next bottleneck is visible at a glance. A serial build
/// (<c>--serial</c>) also knows what each pipeline allocated: a last column gives it in MiB.
/// </summary>
public sealed class TimingsTable(TextWriter output)
{
    public void Print(IReadOnlyList<PhaseTiming> timings)
    {
        var phases = Enum.GetValues<Phase>();
        var withAllocation = timings.Count > 0 && timings.All(t => t.AllocatedBytes is not null);
        string[] headers = ["pipeline", .. phases.Select(p => p.ToString()), "total", "documents", .. withAllocation ? ["MiB allocated"] : Array.Empty<string>()];
        var rows = timings
            .GroupBy(t => t.Pipeline, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(pipeline =>
            {
                var byPhase = pipeline.ToDictionary(t => t.Phase);
                var total = pipeline.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed);
                string[] row =
                [
                    pipeline.Key,
                    .. phases.Select(p => byPhase.TryGetValue(p, out var t) ? Milliseconds(t.Elapsed) : "–"),
                    Milliseconds(total),
                    pipeline.MaxBy(t => t.Phase)!.Documents.ToString(CultureInfo.InvariantCulture),
                    .. withAllocation ? [Mebibytes(pipeline.Sum(t => t.AllocatedBytes!.Value))] : Array.Empty<string>(),
                ];
                return row;
            })
            .ToList();

        output.WriteLine("timings (ms; pipelines run side by side, so the rows add up to more than the build took):");
        TextColumns.Write(output, headers, rows);
    }

    private static string Mebibytes(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
