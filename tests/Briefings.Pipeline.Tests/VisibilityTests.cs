namespace Briefings.Engine.Tests;

public sealed class VisibilityTests
{
    /// <summary>A pipeline whose documents say which phase last touched them.</summary>
    private static Pipeline Source(string name, params string[] dependencies) => new()
    {
        Name = name,
        Dependencies = dependencies,
        Input = [Fake.Emit(Fake.Doc($"{name}.md", $"{name}:input"))],
        Process = [new Transform(d => d with { Content = DocumentContent.FromText($"{name}:process") })],
        PostProcess = [new Transform(d => d with { Content = DocumentContent.FromText($"{name}:post") })],
    };

    [Fact]
    public async Task ProcessSeesTheProcessOutputsOfDirectAndTransitiveDependencies()
    {
        var seen = new ConcurrentDictionary<string, string>();
        var site = new Pipeline
        {
            Name = "site",
            Dependencies = ["posts"],
            Process =
            [
                Fake.Read("posts", d => seen["posts"] = Sites.Texts(d)),
                Fake.Read("authors", d => seen["authors"] = Sites.Texts(d)),
            ],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), [site, Source("posts", "authors"), Source("authors")], output: null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("posts:process", seen["posts"]);
        Assert.Equal("authors:process", seen["authors"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ProcessReadingANonDependencyIsAnErrorNamingBothPipelinesAndWritesNothing(bool serial)
    {
        var fileSystem = Sites.FileSystem();
        var site = new Pipeline
        {
            Name = "site",
            Process = [new ReadOutputsOf("authors")],
            Output = [new WriteFiles()],
        };
        var authors = Source("authors");

        var result = await Sites.RunAsync(fileSystem, [site, authors], serial);

        Assert.False(result.Succeeded);
        Assert.False(result.Published);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("'site'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'authors'", error.Message, StringComparison.Ordinal);
        Assert.False(fileSystem.Directory.Exists(Sites.Output));
        Assert.Empty(Sites.Leftovers(fileSystem));
    }

    [Fact]
    public async Task PostProcessSeesEveryPipelinesProcessOutputs()
    {
        var seen = new ConcurrentDictionary<string, string>();
        var site = new Pipeline
        {
            Name = "site",
            PostProcess =
            [
                Fake.Read("posts", d => seen["posts"] = Sites.Texts(d)),
                Fake.Read("authors", d => seen["authors"] = Sites.Texts(d)),
            ],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), [site, Source("posts"), Source("authors")], output: null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("posts:process", seen["posts"]);
        Assert.Equal("authors:process", seen["authors"]);
    }

    [Fact]
    public async Task OutputSeesEveryPipelinesPostProcessOutputs()
    {
        var seen = new ConcurrentDictionary<string, string>();
        var site = new Pipeline
        {
            Name = "site",
            Output = [Fake.Read("posts", d => seen["posts"] = Sites.Texts(d))],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), [site, Source("posts")]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("posts:post", seen["posts"]);
    }

    [Fact]
    public async Task InputCannotReadOtherPipelines()
    {
        var site = new Pipeline { Name = "site", Input = [new ReadOutputsOf("posts")] };

        var result = await Sites.RunAsync(Sites.FileSystem(), [site, Source("posts")], output: null);

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("Input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadingAnUnknownPipelineIsAnError()
    {
        var site = new Pipeline { Name = "site", PostProcess = [new ReadOutputsOf("nowhere")] };

        var result = await Sites.RunAsync(Sites.FileSystem(), [site], output: null);

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("'nowhere'", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadOutputsOfAppendsToTheInputsInTheOrderGiven()
    {
        var site = new Pipeline
        {
            Name = "site",
            Input = [Fake.Emit(Fake.Doc("own.md", "own"))],
            PostProcess = [new ReadOutputsOf("b", "a")],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), [site, Source("a"), Source("b")], output: null);

        Assert.Equal("own,b:process,a:process", Sites.Texts(result.OutputsOf("site")));
    }
}
