using Briefings.Cli.Console;
using Briefings.Engine.Execution;
using Briefings.Engine.Pipelines;

namespace Briefings.Tests.Cli;

public sealed class TimingsTableTests
{
    [Fact]
    public void Prints_one_row_per_pipeline_with_a_column_per_phase_a_total_and_the_final_document_count()
    {
        var output = new StringWriter();
        new TimingsTable(output).Print(
        [
            new PhaseTiming("Content", Phase.Input, TimeSpan.FromMilliseconds(120), 40),
            new PhaseTiming("Content", Phase.Process, TimeSpan.FromMilliseconds(900), 40),
            new PhaseTiming("ItemPages", Phase.Process, TimeSpan.FromMilliseconds(15), 39),
            new PhaseTiming("ItemPages", Phase.PostProcess, TimeSpan.FromMilliseconds(2300), 39),
            new PhaseTiming("ItemPages", Phase.Output, TimeSpan.FromMilliseconds(410), 39),
        ]);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["pipeline", "Input", "Process", "PostProcess", "Output", "total", "documents"], lines[0]);
        Assert.Equal(["Content", "120", "900", "–", "–", "1020", "40"], lines[1]);
        Assert.Equal(["ItemPages", "–", "15", "2300", "410", "2725", "39"], lines[2]);
        Assert.Equal(3, lines.Count);
    }
}
