using System.Globalization;
using Briefings.Engine.Diagnostics;
using Briefings.Site;

namespace Briefings.Cli.Console;

/// <summary>Prints diagnostics in compiler form and the one-line summary every build ends with.</summary>
public sealed class BuildPrinter(TextWriter output, TextWriter errors)
{
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            (diagnostic.Severity == Severity.Error ? errors : output).WriteLine(diagnostic.ToString());
        }
    }

    public void HeldBack(BuildReport report)
    {
        foreach (var item in report.HeldBack)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held back ({item.Reason}): {item.File} ({item.When:yyyy-MM-dd'T'HH:mm:sszzz})"));
        }
    }

    public void Summary(string verb, BuildReport report)
    {
        var seconds = report.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var outcome = report.Succeeded ? verb : $"{verb} failed";
        var written = report.Published ? $"{report.PagesWritten} pages written ({report.FilesWritten} files)" : "nothing written";
        output.WriteLine($"{outcome}: {written} in {seconds} s, {Plural(report.Warnings, "warning")}, {Plural(report.Errors, "error")}.");
    }

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
