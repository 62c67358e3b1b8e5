using System.Globalization;
using Briefings.Cli.Console;
using Briefings.Engine.Execution;
using Briefings.Engine.Pipelines;

namespace Briefings.Cli.Tests.Timings;

public sealed class BuildTimelineTests
{
    [Fact]
    public void Prints_when_each_pipeline_ended_each_phase_in_the_order_the_pipelines_first_ended_one()
    {
        var forwarded = new List<PhaseTiming>();
        var timeline = new BuildTimeline(new Progress(forwarded));
        timeline.BuildStarted();
        PhaseTiming[] reports =
        [
            new("Templates", Phase.Input, TimeSpan.FromMilliseconds(1), 1),
            new("Content", Phase.Input, TimeSpan.FromMilliseconds(5), 40),
            new("Content", Phase.Process, TimeSpan.FromMilliseconds(90), 40),
            new("Templates", Phase.Process, TimeSpan.FromMilliseconds(50), 1),
            new("Catalog", Phase.Process, TimeSpan.FromMilliseconds(20), 1),
        ];
        foreach (var report in reports)
        {
            timeline.Report(report);
        }

        timeline.BuildReturned();
        var output = new StringWriter();
        timeline.Print(output);

        Assert.Equal(reports, forwarded);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^timeline \(ms since the process started, to ~10 ms\): Main –, build started \d+, build returned \d+, printed \d+\r?$", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.All(lines.Skip(1), line => Assert.StartsWith("  ", line, StringComparison.Ordinal));
        Assert.Equal(["phase", "ended", "Input", "Process", "PostProcess", "Output"], rows[0]);
        Assert.Equal(["Templates", "Content", "Catalog"], rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["–", "–"], rows[1][3..]);
        Assert.Equal("–", rows[3][1]);

        // Marks on one clock: each later report ended no earlier than the one before it.
        int At(int row, int column) => int.Parse(rows[row][column], CultureInfo.InvariantCulture);
        Assert.True(At(1, 1) <= At(2, 1) && At(2, 1) <= At(2, 2) && At(2, 2) <= At(1, 2) && At(1, 2) <= At(3, 2));
    }

    private sealed class Progress(List<PhaseTiming> received) : IProgress<PhaseTiming>
    {
        public void Report(PhaseTiming value) => received.Add(value);
    }
}
