using System.Globalization;
using System.Text;

namespace Briefings.Bench.Runner;

/// <summary>Writes docs/performance.md: median figures per corpus size, the Hugo/Briefings ratios, every run, the machine and the command.</summary>
public sealed record PerformanceReport(IReadOnlyList<CorpusResult> Results, MachineInfo Machine, string Command, DateTimeOffset Date, int Rounds, string? Note)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# Performance\n\n");
        if (Note is not null)
        {
            text.Append("**").Append(Note).Append("**\n\n");
        }

        text.Append(Invariant($"""
            Written by the benchmark runner (`bench/run.sh`, see [bench/README.md](../bench/README.md)); do not edit by hand.
            Each corpus is generated once (deterministic for its seed), then built by Briefings (`briefings build`, the CLI
            as `bench/run.sh` publishes it: Native AOT) and by Hugo over the peer site in `bench/peers/hugo/`, {Rounds} rounds each,
            alternating which goes first, every build into an empty folder. Wall time is the harness's stopwatch; CPU time
            (user + system) and peak memory (maximum resident set size) are GNU time's figures for the build process.
            Figures are medians. A ratio above 1 means Hugo takes more than Briefings.


            """));

        text.Append("## Results\n\n");
        var summary = new MarkdownTable("briefings", "figure", "Briefings", "Hugo", "Hugo / Briefings");
        foreach (var result in Results)
        {
            var ours = result.Of("Briefings");
            var hugo = result.Of("Hugo");
            summary.Row(Count(result.Count), "wall time", Seconds(ours, r => r.MedianWall), Seconds(hugo, r => r.MedianWall), Ratio(hugo, ours, r => r.MedianWall.TotalSeconds));
            summary.Row(string.Empty, "CPU time", Seconds(ours, r => r.MedianCpu), Seconds(hugo, r => r.MedianCpu), Ratio(hugo, ours, r => r.MedianCpu.TotalSeconds));
            summary.Row(string.Empty, "peak memory", Memory(ours), Memory(hugo), Ratio(hugo, ours, r => r.MedianPeakMemory));
        }

        text.Append(summary).Append('\n');

        text.Append("## What was built\n\n");
        var pages = new MarkdownTable("briefings", "published", "tool", "HTML pages", "files written");
        foreach (var result in Results)
        {
            foreach (var tool in result.Tools)
            {
                pages.Row(Count(result.Count), Count(result.Published), tool.Tool, Optional(tool.HtmlPages), Optional(tool.Files));
            }
        }

        text.Append(pages).Append('\n');

        text.Append("## Every run\n\n");
        var runs = new MarkdownTable("briefings", "tool", "run", "wall", "CPU", "peak memory");
        foreach (var result in Results)
        {
            foreach (var tool in result.Tools)
            {
                if (tool.Skipped is not null)
                {
                    runs.Row(Count(result.Count), tool.Tool, "–", "skipped: " + tool.Skipped, "–", "–");
                }

                for (var i = 0; i < tool.Runs.Count; i++)
                {
                    var run = tool.Runs[i];
                    runs.Row(Count(result.Count), tool.Tool, Invariant($"{i + 1}"), Invariant($"{run.Wall.TotalSeconds:0.00} s"), Invariant($"{run.Cpu.TotalSeconds:0.00} s"), Mebibytes(run.PeakMemoryBytes));
                }
            }
        }

        text.Append(runs).Append('\n');

        text.Append("## Machine\n\n");
        text.Append(new MarkdownTable("what", "value")
            .Row("date", Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Row("CPU", Machine.Cpu)
            .Row("cores (nproc)", Invariant($"{Machine.Cores}"))
            .Row("memory", Machine.Memory)
            .Row("OS", Machine.OperatingSystem)
            .Row(".NET SDK", Machine.DotnetSdk)
            .Row(".NET runtime", Machine.DotnetRuntime)
            .Row("Hugo", Machine.Hugo)
            .Row("outputs written to", Machine.WorkFileSystem));
        text.Append("\n## Reproduce\n\n```sh\n").Append(Command).Append("\n```\n");
        return text.ToString();
    }

    private static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    private static string Optional(int? count) => count is { } value ? Count(value) : "–";

    private static string Seconds(ToolResult? result, Func<ToolResult, TimeSpan> figure) =>
        Has(result) ? Invariant($"{figure(result!).TotalSeconds:0.00} s") : Missing(result);

    private static string Memory(ToolResult? result) => Has(result) ? Mebibytes(result!.MedianPeakMemory) : Missing(result);

    private static string Mebibytes(long bytes) => Invariant($"{bytes / 1048576.0:0} MiB");

    private static string Ratio(ToolResult? hugo, ToolResult? ours, Func<ToolResult, double> figure) =>
        Has(hugo) && Has(ours) && figure(ours!) > 0 ? Invariant($"{figure(hugo!) / figure(ours!):0.0}×") : "–";

    private static bool Has(ToolResult? result) => result is { Runs.Count: > 0 };

    private static string Missing(ToolResult? result) => result?.Skipped is { } reason ? "skipped (" + reason + ")" : "–";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
