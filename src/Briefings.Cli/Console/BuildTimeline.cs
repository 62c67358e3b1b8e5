using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Briefings.Engine.Execution;
using Briefings.Engine.Pipelines;

namespace Briefings.Cli.Console;

/// <summary>
/// When a build's steps happened, on one clock that starts with the process, printed under <c>build --timings</c>:
/// when the runtime reached Main, when the build started and returned, and when each pipeline ended each phase.
/// The phase table says how long each step took; this says what waited for what, which is where a small build's
/// wall time goes (start-up, the serial set-up before the first pipeline, the critical path, the end).
/// Phase ends are the engine's progress reports, which come on whatever thread ended the phase.
/// </summary>
public sealed class BuildTimeline(IProgress<PhaseTiming>? next) : IProgress<PhaseTiming>
{
    private static long s_mainEntered;

    private readonly ConcurrentQueue<(long At, PhaseTiming Phase)> _phaseEnds = new();
    private long _buildStarted;
    private long _buildReturned;

    /// <summary>Called first thing in Main: the runtime's start-up ends here.</summary>
    public static void MainEntered() => s_mainEntered = Stopwatch.GetTimestamp();

    public void BuildStarted() => _buildStarted = Stopwatch.GetTimestamp();

    public void BuildReturned() => _buildReturned = Stopwatch.GetTimestamp();

    public void Report(PhaseTiming value)
    {
        _phaseEnds.Enqueue((Stopwatch.GetTimestamp(), value));
        next?.Report(value);
    }

    /// <summary>
    /// Prints the marks in milliseconds since the process started. The kernel gives the process's start in
    /// clock ticks (10 ms on Linux), so every figure is as exact as that, and all of them are off by the same.
    /// </summary>
    public void Print(TextWriter output)
    {
        var now = Stopwatch.GetTimestamp();
        TimeSpan sinceStart;
        using (var process = Process.GetCurrentProcess())
        {
            sinceStart = DateTime.Now - process.StartTime;
        }

        var processStarted = now - (long)(sinceStart.TotalSeconds * Stopwatch.Frequency);
        string At(long timestamp) => timestamp == 0
            ? "–"
            : Stopwatch.GetElapsedTime(processStarted, timestamp).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

        output.WriteLine($"timeline (ms since the process started, to ~10 ms): Main {At(s_mainEntered)}, build started {At(_buildStarted)}, build returned {At(_buildReturned)}, printed {At(now)}");
        var phases = Enum.GetValues<Phase>();
        string[] headers = ["phase ended", .. phases.Select(p => p.ToString())];
        var rows = _phaseEnds
            .GroupBy(end => end.Phase.Pipeline, StringComparer.Ordinal)
            .OrderBy(pipeline => pipeline.Min(end => end.At))
            .ThenBy(pipeline => pipeline.Key, StringComparer.Ordinal)
            .Select(pipeline => (string[])[
                pipeline.Key,
                .. phases.Select(phase => pipeline.Where(end => end.Phase.Phase == phase).Select(end => At(end.At)).LastOrDefault() ?? "–"),
            ])
            .ToList();
        // Indented: the rows are not the phase table's, which begin with a pipeline's name.
        TextColumns.Write(output, headers, rows, indent: "  ");
    }
}
