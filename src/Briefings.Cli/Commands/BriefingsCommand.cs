using System.CommandLine;

namespace Briefings.Cli.Commands;

/// <summary>The <c>briefings</c> root command with every subcommand; Program and the CLI tests both start here.</summary>
public static class BriefingsCommand
{
    public static RootCommand Create() => new("Briefings: a static site generator for curated news briefings.")
    {
        BuildCommand.Create(),
        CheckCommand.Create(),
        NewCommand.Create(),
        ServeCommand.Create(),
    };
}
