using System.CommandLine;
using Briefings.Bench.Commands;

var bench = new RootCommand("Briefings benchmark harness: generate corpora and compare build times with Hugo.")
{
    GenerateCommand.Create(),
    CompareCommand.Create(),
};

return await bench.Parse(args).InvokeAsync();
