using Briefings.Cli.Tests.Support;
using Briefings.Tests.Support;

namespace Briefings.Cli.Tests.Check;

/// <summary><c>build</c> runs the same checks: it reports every problem and leaves the previous output as it was.</summary>
public sealed class BuildFailureTests
{
    [Fact]
    public async Task A_broken_build_reports_every_problem_and_keeps_the_previous_output()
    {
        using var site = new SiteFolder();
        site.Write("good.md", SiteFolder.Article("Good news"));
        var output = site.Combine("output");
        var first = await BriefingsCli.RunAsync("build", "--root", site.Root, "--output", output);
        Assert.Equal(0, first.ExitCode);
        var before = File.ReadAllText(Path.Combine(output, "good", "index.html"));

        site.Write("good.md", SiteFolder.Article("Good news", body: "Now with a [broken link](/nowhere/)."));
        site.Write("other.md", SiteFolder.Article("Other", body: "![missing](/images/none.png)", day: 2));
        var second = await BriefingsCli.RunAsync("build", "--root", site.Root, "--output", output);

        Assert.Equal(1, second.ExitCode);
        Assert.Contains(second.Errors.Split('\n'), line => line.StartsWith("content/briefings/good.md:8:", StringComparison.Ordinal) && line.Contains("BRF012", StringComparison.Ordinal));
        Assert.Contains(second.Errors.Split('\n'), line => line.StartsWith("content/briefings/other.md:8:", StringComparison.Ordinal) && line.Contains("BRF013", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllText(Path.Combine(output, "good", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "other")));
    }

    [Fact]
    public async Task Quiet_prints_errors_only_and_verbose_adds_timings()
    {
        using var site = new SiteFolder();
        site.Write("fine.md", SiteFolder.Article("Fine", extra: "summry: typo"));

        var quiet = await BriefingsCli.RunAsync("check", "--root", site.Root, "--quiet");
        var verbose = await BriefingsCli.RunAsync("check", "--root", site.Root, "--verbose");

        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal(string.Empty, quiet.Output + quiet.Errors);
        Assert.Contains(verbose.Lines, line => line.Contains("BRF009", StringComparison.Ordinal));
        Assert.Contains(verbose.Lines, line => line.StartsWith("pipeline", StringComparison.Ordinal) && line.Contains("Process", StringComparison.Ordinal));
        Assert.Contains(verbose.Lines, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^Content\s+\S+\s+\d+"));
        Assert.Contains(verbose.Lines, line => line.StartsWith("check: nothing written", StringComparison.Ordinal));
        Assert.Contains(verbose.Lines, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^process: \d+\.\d\d s since start; GC \d+/\d+/\d+ collections .* ms paused, \d+ MiB allocated"));
        Assert.DoesNotContain(quiet.Lines, line => line.StartsWith("process:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_serial_build_with_timings_adds_what_each_pipeline_allocated()
    {
        using var site = new SiteFolder();
        site.Write("fine.md", SiteFolder.Article("Fine"));
        var output = site.Combine("output");

        var parallel = await BriefingsCli.RunAsync("build", "--root", site.Root, "--output", output, "--timings");
        var serial = await BriefingsCli.RunAsync("build", "--root", site.Root, "--output", output, "--timings", "--serial");

        Assert.Equal(0, parallel.ExitCode);
        Assert.Equal(0, serial.ExitCode);
        var parallelHeader = Assert.Single(parallel.Lines, line => line.StartsWith("pipeline", StringComparison.Ordinal));
        var serialHeader = Assert.Single(serial.Lines, line => line.StartsWith("pipeline", StringComparison.Ordinal));
        Assert.DoesNotContain("MiB allocated", parallelHeader, StringComparison.Ordinal);
        Assert.EndsWith("MiB allocated", serialHeader, StringComparison.Ordinal);
        // The phase table's row; the timeline below it has a row per pipeline too, indented.
        string[] Cells(IEnumerable<string> lines) => Assert.Single(lines.TakeWhile(line => !line.StartsWith("timeline", StringComparison.Ordinal)), line => line.StartsWith("Content ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Cells(parallel.Lines).Length + 1, Cells(serial.Lines).Length);
        Assert.Matches("^[0-9]+$", Cells(serial.Lines)[^1]);
        // The timeline: when Content ended Input, Process and PostProcess (it has no Output phase).
        Assert.Single(parallel.Lines, line => line.StartsWith("timeline (ms since the process started", StringComparison.Ordinal));
        Assert.Single(parallel.Output.Split('\n'), line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^  Content(\s+\d+){3}\s+–\r?$"));
    }
}
