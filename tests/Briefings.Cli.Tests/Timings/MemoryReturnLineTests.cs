using Briefings.Cli.Console;
using Briefings.Engine.Execution;

namespace Briefings.Cli.Tests.Timings;

public sealed class MemoryReturnLineTests
{
    [Fact]
    public void Says_what_the_collection_before_Output_returned_and_took()
    {
        var output = new StringWriter();

        MemoryReturnLine.Print(output, new MemoryReturn(1830L << 20, 925L << 20, TimeSpan.FromMilliseconds(1314.4)));

        Assert.Equal(
            "memory: before Output, one full compacting collection (1314 ms) took the GC's committed memory from 1830 to 925 MiB",
            output.ToString().TrimEnd());
    }

    [Fact]
    public void Prints_nothing_when_no_memory_was_returned()
    {
        var output = new StringWriter();

        MemoryReturnLine.Print(output, null);

        Assert.Empty(output.ToString());
    }
}
