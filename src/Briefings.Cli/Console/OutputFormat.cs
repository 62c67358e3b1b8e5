namespace Briefings.Cli.Console;

/// <summary>How diagnostics are printed: compiler form for people and editors, or GitHub workflow annotations.</summary>
public enum OutputFormat
{
    Text,
    GitHub,
}
