namespace Briefings.Cli.Console;

/// <summary>How much a command prints: errors only, the usual diagnostics and summary, or also where the time went.</summary>
public enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}
