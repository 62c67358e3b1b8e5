using System.Diagnostics;
using System.Globalization;

namespace Briefings.Bench.Runner;

/// <summary>The outcome of one measured run: its figures, or why there are none.</summary>
public sealed record RunOutcome(Measurement? Measurement, int ExitCode, bool TimedOut, string Errors)
{
    public bool Succeeded => Measurement is not null && ExitCode == 0 && !TimedOut;
}

/// <summary>
/// Runs a command under GNU time (<c>/usr/bin/time</c>, Debian package <c>time</c>), which reports the
/// child's user and system CPU time and its maximum resident set size once it exits: figures a parent
/// cannot read reliably itself once the child is gone. Wall time is the harness's own stopwatch.
/// </summary>
public static class MeasuredProcess
{
    public const string Time = "/usr/bin/time";

    public static async Task<RunOutcome> RunAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Time))
        {
            throw new InvalidOperationException($"{Time} is missing: install the Debian package 'time' (bench/run.sh does).");
        }

        var report = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(Time) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in (string[])["--format=%U %S %M", "--output=" + report, fileName, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }

            using var process = new Process { StartInfo = start };
            var stopwatch = Stopwatch.StartNew();
            process.Start();
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                cancellationToken.ThrowIfCancellationRequested();
                return new RunOutcome(null, -1, TimedOut: true, $"stopped after {timeout.TotalMinutes:0} minutes");
            }

            var wall = stopwatch.Elapsed;
            await output;
            var errorText = await errors;
            return new RunOutcome(Parse(await File.ReadAllTextAsync(report, cancellationToken), wall), process.ExitCode, TimedOut: false, errorText);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>GNU time writes "Command exited with non-zero status N" before the figures on failure: the figures are the last line.</summary>
    private static Measurement? Parse(string report, TimeSpan wall)
    {
        var last = report.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        var fields = last?.Split(' ');
        if (fields is not [var user, var system, var kilobytes])
        {
            return null;
        }

        var cpu = double.Parse(user, CultureInfo.InvariantCulture) + double.Parse(system, CultureInfo.InvariantCulture);
        return new Measurement(wall, TimeSpan.FromSeconds(cpu), long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024);
    }
}
