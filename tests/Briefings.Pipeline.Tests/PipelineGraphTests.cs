namespace Briefings.Engine.Tests;

public sealed class PipelineGraphTests
{
    private static Pipeline P(string name, params string[] dependencies) => new() { Name = name, Dependencies = dependencies };

    [Fact]
    public void TwoCycleIsRejectedNamingBothPipelines()
    {
        var error = Assert.Throws<PipelineGraphException>(() => new PipelineGraph([P("a", "b"), P("b", "a")]));

        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.Contains("a -> b -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreeCycleIsRejectedNamingEveryPipelineInIt()
    {
        var error = Assert.Throws<PipelineGraphException>(() =>
            new PipelineGraph([P("site", "posts"), P("posts", "tags"), P("tags", "feed"), P("feed", "posts")]));

        // The walk starts from the first name in ordinal order, so the reported cycle is deterministic.
        Assert.Contains("feed -> posts -> tags -> feed", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("site", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SelfDependencyIsACycle()
    {
        var error = Assert.Throws<PipelineGraphException>(() => new PipelineGraph([P("a", "a")]));

        Assert.Contains("a -> a", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownDependencyIsRejectedNamingBoth()
    {
        var error = Assert.Throws<PipelineGraphException>(() => new PipelineGraph([P("site", "missing")]));

        Assert.Contains("'site'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateNamesAreRejected()
    {
        var error = Assert.Throws<PipelineGraphException>(() => new PipelineGraph([P("posts"), P("posts")]));

        Assert.Contains("'posts'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void BlankNamesAreRejected(string name) =>
        Assert.Throws<PipelineGraphException>(() => new PipelineGraph([P(name)]));

    [Fact]
    public void OrderPutsDependenciesFirstAndIsTheSameWhateverTheInputOrder()
    {
        Pipeline[] pipelines = [P("site", "posts", "pages"), P("posts", "data"), P("pages"), P("data"), P("assets")];
        string[] expected = ["assets", "data", "pages", "posts", "site"];

        foreach (var shuffle in new[] { pipelines, pipelines.Reverse().ToArray(), [.. pipelines.OrderBy(p => p.Name.Length)] })
        {
            Assert.Equal(expected, new PipelineGraph(shuffle).Ordered.Select(p => p.Name));
        }
    }

    [Fact]
    public void TransitiveDependenciesIncludeDependenciesOfDependencies()
    {
        var graph = new PipelineGraph([P("site", "posts"), P("posts", "data"), P("data"), P("other")]);

        Assert.Equal(["data", "posts"], graph.TransitiveDependenciesOf("site").Order(StringComparer.Ordinal));
        Assert.Empty(graph.TransitiveDependenciesOf("data"));
    }

    [Fact]
    public async Task EngineRefusesACycleBeforeRunningAnything()
    {
        var log = new ConcurrentQueue<string>();
        Pipeline[] pipelines =
        [
            new() { Name = "a", Dependencies = ["b"], Input = [Fake.Record(log)] },
            new() { Name = "b", Dependencies = ["a"], Input = [Fake.Record(log)] },
        ];

        await Assert.ThrowsAsync<PipelineGraphException>(() => Sites.RunAsync(Sites.FileSystem(), pipelines));
        Assert.Empty(log);
    }
}
