using System.CommandLine;
using Briefings.Cli.Console;
using Briefings.Cli.Serve;
using Briefings.Site;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings serve</c>: builds the site, serves it on 127.0.0.1 and rebuilds it as files change.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var root = SiteOptions.Root();
        var port = new Option<int>("--port")
        {
            Description = "The port to listen on, on 127.0.0.1 only (default: a free one).",
            DefaultValueFactory = _ => 0,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be from 0 to 65535.");
            }
        });
        var drafts = SiteOptions.Drafts();
        var future = SiteOptions.Future();
        var verbose = SiteOptions.Verbose();
        var quiet = SiteOptions.Quiet();
        var command = new Command("serve", "Build and serve the site on 127.0.0.1, rebuilding and reloading open pages when content, templates or site.yml change.")
        {
            root, port, drafts, future, verbose, quiet,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = parse.InvocationConfiguration;
            var printer = new BuildPrinter(console.Output, console.Error, SiteOptions.VerbosityOf(parse, quiet, verbose));
            var options = new BuildOptions { Drafts = parse.GetValue(drafts), Future = parse.GetValue(future) };
            await using var server = await PreviewServer.StartAsync(
                parse.GetValue(root)!.FullName,
                parse.GetValue(port),
                options,
                site => Report(printer, site),
                cancellationToken);
            console.Output.WriteLine($"Serving {server.Url} (press Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C
            }

            return 0;
        });
        return command;
    }

    private static void Report(BuildPrinter printer, PreviewSite site)
    {
        if (site.Report is not { } report)
        {
            printer.Diagnostics(site.Errors);
            return;
        }

        printer.Diagnostics(report.Diagnostics);
        printer.Summary("build", report);
    }
}
