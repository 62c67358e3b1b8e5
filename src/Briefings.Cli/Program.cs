using System.CommandLine;
using Briefings.Cli.Commands;

var briefings = new RootCommand("Briefings: a static site generator for curated news briefings.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
};

return await briefings.Parse(args).InvokeAsync();
