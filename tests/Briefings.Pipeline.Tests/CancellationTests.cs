namespace Briefings.Engine.Tests;

public sealed class CancellationTests
{
    [Fact]
    public async Task CancellingDuringOutputThrowsAndLeavesTheOutputFolderAsItWas()
    {
        var fileSystem = Sites.FileSystem(new Dictionary<string, string> { ["/site/output/index.html"] = "previous" });
        var before = Sites.Snapshot(fileSystem, Sites.Output);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var pipeline = new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit(Fake.Doc("a.md", "new", "index.html"))],
            Output = [new WriteFiles(), Fake.Capture(_ => cancellation.Cancel()), Fake.Append("never")],
        };
        var engine = new PipelineEngine(new EngineSettings { RootDirectory = Sites.Root, OutputDirectory = Sites.Output }, fileSystem);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RunAsync([pipeline], cancellation.Token));

        Sites.AssertSameFiles(before, Sites.Snapshot(fileSystem, Sites.Output));
        Assert.Empty(Sites.Leftovers(fileSystem));
    }
}
