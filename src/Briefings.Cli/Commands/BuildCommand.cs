using System.CommandLine;
using System.IO.Abstractions;
using Briefings.Cli.Console;
using Briefings.Engine.Execution;
using Briefings.Publishing;
using Briefings.Site;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: builds the site into the output folder, replacing it only on success.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var root = SiteOptions.Root();
        var output = SiteOptions.Output();
        var serial = SiteOptions.Serial();
        var drafts = SiteOptions.Drafts();
        var future = SiteOptions.Future();
        var baseUrl = SiteOptions.BaseUrl();
        var manifest = SiteOptions.Manifest();
        var verbose = SiteOptions.Verbose();
        var quiet = SiteOptions.Quiet();
        var timings = new Option<bool>("--timings") { Description = "Print how long each pipeline spent in each phase (also part of --verbose)." };
        var command = new Command("build", "Build the site from content/ and templates/ into the output folder.")
        {
            root, output, serial, drafts, future, baseUrl, manifest, timings, verbose, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var rootPath = parse.GetValue(root)!.FullName;
            var outputPath = parse.GetValue(output)?.FullName ?? Path.Combine(rootPath, "output");
            var options = new BuildOptions { Drafts = parse.GetValue(drafts), Future = parse.GetValue(future), BaseUrl = parse.GetValue(baseUrl) };
            var verbosity = SiteOptions.VerbosityOf(parse, quiet, verbose);
            var console = parse.InvocationConfiguration;
            var printTimings = parse.GetValue(timings) && verbosity != Verbosity.Verbose;
            BuildReport report;
            BuildTimeline? timeline;
            using (var progress = ProgressLine.ForTerminal(console.Error, verbosity))
            {
                timeline = printTimings ? new BuildTimeline(progress) : null;
                timeline?.BuildStarted();
                report = await new SiteBuilder(new FileSystem())
                    {
                        Progress = (IProgress<PhaseTiming>?)timeline ?? progress,
                        Cache = new(remembers: false),
                        HashesOutputs = parse.GetValue(manifest) is not null,
                    }
                    .BuildAsync(rootPath, outputPath, options, parse.GetValue(serial), cancellationToken);
                timeline?.BuildReturned();
            }

            var printer = new BuildPrinter(console.Output, console.Error, verbosity);
            printer.Diagnostics(report.Diagnostics);
            printer.HeldBack(report);
            printer.Summary("build", report);
            if (report.Published && parse.GetValue(manifest) is { } manifestFile)
            {
                manifestFile.Directory?.Create();
                await File.WriteAllBytesAsync(manifestFile.FullName, OutputManifest.Write(report.Outputs), cancellationToken);
            }

            if (timeline is not null)
            {
                new TimingsTable(parse.InvocationConfiguration.Output).Print(report.Timings);
                RuntimeCosts.Now().Print(parse.InvocationConfiguration.Output);
                MemoryReturnLine.Print(parse.InvocationConfiguration.Output, report.MemoryReturned);
                timeline.Print(parse.InvocationConfiguration.Output);
            }

            return report.Succeeded ? 0 : 1;
        });
        return command;
    }
}
