using System.Globalization;
using Briefings.Engine.Diagnostics;
using Briefings.Site;

namespace Briefings.Cli.Console;

/// <summary>
/// Prints diagnostics (in compiler form or as GitHub annotations) and the one-line summary every build
/// ends with. Quiet prints errors only; verbose adds per-pipeline timings and the pages a rebuild reused.
/// </summary>
public sealed class BuildPrinter(TextWriter output, TextWriter errors, Verbosity verbosity = Verbosity.Normal, OutputFormat format = OutputFormat.Text)
{
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (verbosity == Verbosity.Quiet && diagnostic.Severity != Severity.Error)
            {
                continue;
            }

            var text = format == OutputFormat.GitHub ? GitHubAnnotations.Format(diagnostic) : diagnostic.ToString();
            // Annotations are read from standard output by the runner; people expect errors on standard error.
            (diagnostic.Severity == Severity.Error && format == OutputFormat.Text ? errors : output).WriteLine(text);
        }
    }

    public void HeldBack(BuildReport report)
    {
        if (verbosity == Verbosity.Quiet)
        {
            return;
        }

        foreach (var item in report.HeldBack)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held back ({item.Reason}): {item.File} ({item.When:yyyy-MM-dd'T'HH:mm:sszzz})"));
        }
    }

    public void Summary(string verb, BuildReport report)
    {
        if (verbosity == Verbosity.Quiet)
        {
            return;
        }

        if (verbosity == Verbosity.Verbose)
        {
            Timings(report);
        }

        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var outcome = report.Succeeded ? verb : $"{verb} failed";
        var written = report.Published ? $"{report.PagesWritten} pages written ({report.FilesWritten} files)"
            : report.PagesReused > 0 ? $"{report.PagesRendered} pages rendered, {report.PagesReused} unchanged"
            : "nothing written";
        output.WriteLine($"{outcome}: {written} in {seconds} s, {Plural(report.Warnings, "warning")}, {Plural(report.Errors, "error")}.");
    }

    private void Timings(BuildReport report)
    {
        new TimingsTable(output).Print(report.Timings);
        RuntimeCosts.Now().Print(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pages: {report.PagesRendered} rendered, {report.PagesReused} reused from the previous build"));
    }

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
