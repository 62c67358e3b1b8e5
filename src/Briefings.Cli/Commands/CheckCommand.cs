using System.CommandLine;
using System.IO.Abstractions;
using Briefings.Cli.Console;
using Briefings.Site;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings check</c>: runs every check a build runs, and writes nothing.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var root = SiteOptions.Root();
        var drafts = SiteOptions.Drafts();
        var future = SiteOptions.Future();
        var format = SiteOptions.Format();
        var verbose = SiteOptions.Verbose();
        var quiet = SiteOptions.Quiet();
        var command = new Command("check", "Check content, templates and configuration without writing the site; exits 1 on any error.")
        {
            root, drafts, future, format, verbose, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BuildOptions { Drafts = parse.GetValue(drafts), Future = parse.GetValue(future) };
            var verbosity = SiteOptions.VerbosityOf(parse, quiet, verbose);
            var console = parse.InvocationConfiguration;
            BuildReport report;
            using (var progress = ProgressLine.ForTerminal(console.Error, verbosity))
            {
                report = await new SiteBuilder(new FileSystem()) { Progress = progress }
                    .BuildAsync(parse.GetValue(root)!.FullName, output: null, options, cancellationToken: cancellationToken);
            }

            var printer = new BuildPrinter(console.Output, console.Error, verbosity, parse.GetValue(format));
            printer.Diagnostics(report.Diagnostics);
            printer.Summary("check", report);
            return report.Succeeded ? 0 : 1;
        });
        return command;
    }
}
