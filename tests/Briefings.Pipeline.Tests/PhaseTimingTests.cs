namespace Briefings.Engine.Tests;

/// <summary>Allocation is counted for the whole process, so these tests run while no other test does.</summary>
[Collection(nameof(PhaseTimingTests))]
[CollectionDefinition(nameof(PhaseTimingTests), DisableParallelization = true)]
public sealed class PhaseTimingTests
{
    private const int Megabyte = 1 << 20;

    /// <summary>Process allocates 4 MiB; Input allocates next to nothing.</summary>
    private static Pipeline Allocating(string name) => new()
    {
        Name = name,
        Input = [Fake.Emit(Fake.Doc("a.md", "a"))],
        Process = [Fake.Capture(_ => GC.KeepAlive(new byte[4 * Megabyte]))],
    };

    [Fact]
    public async Task A_serial_run_tells_what_each_phase_allocated()
    {
        var result = await Sites.RunAsync(Sites.FileSystem(), [Allocating("pages")], serial: true);

        Assert.True(result.Succeeded);
        var process = Assert.Single(result.Timings, t => t.Pipeline == "pages" && t.Phase == Phase.Process);
        var input = Assert.Single(result.Timings, t => t.Pipeline == "pages" && t.Phase == Phase.Input);
        Assert.InRange(process.AllocatedBytes!.Value, 4L * Megabyte, 5L * Megabyte);
        Assert.InRange(input.AllocatedBytes!.Value, 0L, Megabyte);
    }

    [Fact]
    public async Task A_parallel_run_does_not_guess_what_each_phase_allocated()
    {
        var result = await Sites.RunAsync(Sites.FileSystem(), [Allocating("pages"), Allocating("more")], serial: false);

        Assert.True(result.Succeeded);
        Assert.NotEmpty(result.Timings);
        Assert.All(result.Timings, t => Assert.Null(t.AllocatedBytes));
    }
}
