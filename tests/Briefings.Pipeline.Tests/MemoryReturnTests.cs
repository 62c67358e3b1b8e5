namespace Briefings.Engine.Tests;

/// <summary>
/// Once the results of pipelines <see cref="Pipeline.ReleasedBeforeOutput"/> are let go, a run that will write output
/// and whose GC holds at least <see cref="EngineSettings.ReturnMemoryAbove"/> bytes collects them and returns the memory
/// before Output starts, and says so in its result.
/// </summary>
public sealed class MemoryReturnTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReleasedResultsAreCollectedBeforeOutputStarts(bool serial)
    {
        var watched = new List<WeakReference<Document>>();
        bool? aliveWhenOutputStarted = null;
        var sources = Fake.WatchedSources(watched, 20);
        var pages = new Pipeline
        {
            Name = "pages",
            Dependencies = ["sources"],
            Process = [new Step((inputs, context) => inputs.Add(Fake.Doc("index", "pages: " + context.OutputsOf("sources").Length, "index.html")))],
            // No collection here: whether the sources are still alive is what the engine did before Output.
            Output = [new Step((inputs, context) =>
            {
                aliveWhenOutputStarted = watched.Any(w => w.TryGetTarget(out _));
                return inputs;
            }), new WriteFiles()],
        };

        var result = await RunAsync([sources, pages], returnMemoryAbove: 0, serial: serial);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var returned = Assert.IsType<MemoryReturn>(result.MemoryReturned);
        Assert.True(returned.CommittedBefore > 0);
        Assert.True(returned.Elapsed > TimeSpan.Zero);
        Assert.False(aliveWhenOutputStarted, "a released pipeline's document was still alive when Output started");
    }

    [Fact]
    public async Task ASmallerHeapIsLeftToTheGarbageCollector()
    {
        var result = await RunAsync([Released(), Writer()], returnMemoryAbove: long.MaxValue);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Null(result.MemoryReturned);
    }

    [Fact]
    public async Task NoThresholdMeansNever()
    {
        var result = await RunAsync([Released(), Writer()], returnMemoryAbove: null);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Null(result.MemoryReturned);
    }

    [Fact]
    public async Task NothingIsCollectedWhenNothingWasReleased()
    {
        var kept = new Pipeline { Name = "sources", Process = [Fake.Emit("s", 3)] };

        var result = await RunAsync([kept, Writer()], returnMemoryAbove: 0);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Null(result.MemoryReturned);
    }

    [Fact]
    public async Task ARunThatWritesNothingHasNoOutputToMakeRoomFor()
    {
        var result = await RunAsync([Released(), Writer()], returnMemoryAbove: 0, output: null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Published);
        Assert.Null(result.MemoryReturned);
    }

    [Fact]
    public void ByDefaultOnlyAHeapOfAGibibyteOrMoreIsCollected() =>
        Assert.Equal(1L << 30, new EngineSettings { RootDirectory = Sites.Root }.ReturnMemoryAbove);

    private static Pipeline Released() => new() { Name = "sources", ReleasedBeforeOutput = true, Process = [Fake.Emit("s", 3)] };

    private static Pipeline Writer() => new()
    {
        Name = "pages",
        Dependencies = ["sources"],
        Process = [new Step((inputs, context) => inputs.Add(Fake.Doc("index", "pages: " + context.OutputsOf("sources").Length, "index.html")))],
        Output = [new WriteFiles()],
    };

    private static Task<EngineResult> RunAsync(IEnumerable<Pipeline> pipelines, long? returnMemoryAbove, bool serial = false, string? output = Sites.Output)
    {
        var settings = new EngineSettings
        {
            RootDirectory = Sites.Root,
            OutputDirectory = output,
            Serial = serial,
            ReturnMemoryAbove = returnMemoryAbove,
        };
        return new PipelineEngine(settings, Sites.FileSystem()).RunAsync(pipelines, TestContext.Current.CancellationToken);
    }
}
