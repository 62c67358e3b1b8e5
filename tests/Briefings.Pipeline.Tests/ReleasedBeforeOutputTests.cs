namespace Briefings.Engine.Tests;

/// <summary>
/// A pipeline <see cref="Pipeline.ReleasedBeforeOutput"/> hands its documents to its dependents' Process and to every
/// PostProcess, then the run lets them go: they are not held while Output writes, nor handed back in the run's result.
/// </summary>
public sealed class ReleasedBeforeOutputTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ResultsAreLetGoBeforeOutputAfterEveryReaderHadThem(bool serial)
    {
        var watched = new List<WeakReference<Document>>();
        var madeFromSources = 0;
        var checkedInPostProcess = 0;
        bool? aliveInOutput = null;
        var sources = Fake.WatchedSources(watched, 20);
        var pages = new Pipeline
        {
            Name = "pages",
            Dependencies = ["sources"],
            // What the pages need of the sources is copied; nothing here refers to a source document.
            Process = [new Step((inputs, context) =>
            {
                madeFromSources = context.OutputsOf("sources").Length;
                return inputs.Add(Fake.Doc("index", "pages: " + madeFromSources, "index.html"));
            })],
            Output = [new Step((inputs, context) =>
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                aliveInOutput = watched.Any(w => w.TryGetTarget(out _));
                return inputs;
            }), new WriteFiles()],
        };
        var links = new Pipeline
        {
            Name = "links",
            PostProcess = [new Step((inputs, context) =>
            {
                checkedInPostProcess = context.OutputsOf("sources").Length;
                return inputs;
            })],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), [sources, pages, links], serial);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Published);
        Assert.Equal(20, watched.Count);
        Assert.Equal(20, madeFromSources);
        Assert.Equal(20, checkedInPostProcess);
        Assert.False(aliveInOutput, "a released pipeline's document was still held while Output ran");
        Assert.False(result.Outputs.ContainsKey("sources"));
        Assert.Empty(result.OutputsOf("sources"));
        Assert.Equal("index.html", Assert.Single(result.OutputsOf("pages")).Destination);
    }

    [Fact]
    public async Task ReadingReleasedResultsInOutputIsAnErrorNamingThePipeline()
    {
        var sources = new Pipeline { Name = "sources", ReleasedBeforeOutput = true, Process = [Fake.Emit("s", 2)] };
        var late = new Pipeline { Name = "late", Output = [new ReadOutputsOf("sources")] };

        var result = await Sites.RunAsync(Sites.FileSystem(), [sources, late]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("'sources'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ReleasedBeforeOutput", error.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
    }

    [Fact]
    public async Task OutputListsOnlyThePipelinesItMayRead()
    {
        var names = new ConcurrentDictionary<Phase, string>();
        IModule RecordNames() => new Step((inputs, context) =>
        {
            names[context.Phase] = string.Join(",", context.PipelineNames);
            return inputs;
        });
        var sources = new Pipeline { Name = "sources", ReleasedBeforeOutput = true, Process = [Fake.Emit("s", 2)] };
        var site = new Pipeline { Name = "site", PostProcess = [RecordNames()], Output = [RecordNames()] };

        var result = await Sites.RunAsync(Sites.FileSystem(), [sources, site]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("site,sources", names[Phase.PostProcess]);
        Assert.Equal("site", names[Phase.Output]);
    }

    [Fact]
    public async Task ARunThatWritesNothingLetsThemGoToo()
    {
        var seen = ImmutableArray<Document>.Empty;
        var sources = new Pipeline { Name = "sources", ReleasedBeforeOutput = true, Process = [Fake.Emit("s", 3)] };
        var check = new Pipeline { Name = "check", PostProcess = [Fake.Read("sources", d => seen = d)] };

        var result = await Sites.RunAsync(Sites.FileSystem(), [sources, check], output: null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(3, seen.Length);
        Assert.Empty(result.OutputsOf("sources"));
    }

    [Fact]
    public void APipelineReleasedBeforeOutputCannotHaveOutputModules()
    {
        var error = Assert.Throws<PipelineGraphException>(() =>
            new PipelineGraph([new Pipeline { Name = "sources", ReleasedBeforeOutput = true, Output = [new WriteFiles()] }]));

        Assert.Contains("'sources'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Output", error.Message, StringComparison.Ordinal);
    }
}
