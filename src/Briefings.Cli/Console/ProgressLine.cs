using Briefings.Engine.Execution;

namespace Briefings.Cli.Console;

/// <summary>
/// A one-line "building…" status on an interactive terminal, rewritten as pipelines finish their phases
/// and erased when the build ends. Shown only after a short delay, so quick builds print nothing extra.
/// </summary>
public sealed class ProgressLine(TextWriter terminal) : IProgress<PhaseTiming>, IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(400);

    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private int _steps;
    private bool _shown;

    /// <summary>A progress line on the real standard error when it is a terminal; null otherwise (redirected, captured, quiet).</summary>
    public static ProgressLine? ForTerminal(TextWriter errors, Verbosity verbosity) =>
        verbosity != Verbosity.Quiet && ReferenceEquals(errors, System.Console.Error) && !System.Console.IsErrorRedirected ? new ProgressLine(errors) : null;

    public void Report(PhaseTiming value)
    {
        lock (_lock)
        {
            _steps++;
            if (_clock.Elapsed < Delay)
            {
                return;
            }

            _shown = true;
            terminal.Write($"\r\u001b[2Kbuilding… {_steps} steps done, last: {value.Pipeline} {value.Phase}");
            terminal.Flush();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            if (_shown)
            {
                terminal.Write("\r\u001b[2K");
                terminal.Flush();
            }
        }
    }
}
