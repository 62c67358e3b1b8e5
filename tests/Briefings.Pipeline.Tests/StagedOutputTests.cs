namespace Briefings.Engine.Tests;

public sealed class StagedOutputTests
{
    private static MockFileSystem WithExistingOutput() => Sites.FileSystem(new Dictionary<string, string>
    {
        ["/site/output/stale.html"] = "old page",
        ["/site/output/assets/old.css"] = "body{}",
        ["/site/content/keep.md"] = "source",
    });

    private static Pipeline Writes(params Document[] documents) => new()
    {
        Name = "pages",
        Input = [Fake.Emit(documents)],
        Output = [new WriteFiles()],
    };

    [Fact]
    public async Task SuccessfulRunReplacesTheOutputFolderEntirely()
    {
        var fileSystem = WithExistingOutput();

        var result = await Sites.RunAsync(fileSystem, Writes(Fake.Doc("index.md", "new home", "index.html"), Fake.Doc("a.md", "A", "posts/a.html")));

        Assert.True(result.Published);
        var files = Sites.Snapshot(fileSystem, Sites.Output);
        Assert.Equal(["index.html", "posts/a.html"], files.Keys);
        Assert.Equal("new home"u8.ToArray(), files["index.html"]);
        Assert.Empty(Sites.Leftovers(fileSystem));
        Assert.True(fileSystem.File.Exists("/site/content/keep.md"));
    }

    [Fact]
    public async Task SuccessfulRunCreatesAMissingOutputFolder()
    {
        var fileSystem = Sites.FileSystem();

        var result = await Sites.RunAsync(fileSystem, [Writes(Fake.Doc("a.md", "A", "a.html"))], output: "/site/build/public");

        Assert.True(result.Published);
        Assert.Equal(["a.html"], Sites.Snapshot(fileSystem, "/site/build/public").Keys);
        Assert.Empty(Sites.Leftovers(fileSystem, "/site/build/public"));
    }

    [Fact]
    public async Task ErrorDuringOutputLeavesTheExistingOutputByteForByteAndOnlyTheRecyclableStaging()
    {
        var fileSystem = WithExistingOutput();
        var before = Sites.Snapshot(fileSystem, Sites.Output);
        var pipeline = new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit(Fake.Doc("a.md", "A", "a.html"), Fake.Doc("b.md", "B", "b.html"))],
            // Both files are written into staging first; then the Output phase reports an error.
            Output = [new WriteFiles(), Fake.ThrowOn("b.md", () => new InvalidOperationException("late failure"))],
        };

        var result = await Sites.RunAsync(fileSystem, pipeline);

        Assert.False(result.Succeeded);
        Assert.False(result.Published);
        Sites.AssertSameFiles(before, Sites.Snapshot(fileSystem, Sites.Output));

        Assert.Empty(Sites.Leftovers(fileSystem));
    }

    [Fact]
    public async Task ErrorBeforeOutputDoesNotTouchTheOutputFolder()
    {
        var fileSystem = WithExistingOutput();
        var before = Sites.Snapshot(fileSystem, Sites.Output);
        var pipeline = new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit(Fake.Doc("a.md", "A", "a.html"))],
            Process = [Fake.ThrowOn("a.md", () => new BuildException(Diagnostic.Error("X001", "bad")))],
            Output = [new WriteFiles()],
        };

        var result = await Sites.RunAsync(fileSystem, pipeline);

        Assert.False(result.Published);
        Sites.AssertSameFiles(before, Sites.Snapshot(fileSystem, Sites.Output));
        Assert.Empty(Sites.Leftovers(fileSystem));
    }

    [Theory]
    [InlineData("/site")]
    [InlineData("/site/")]
    [InlineData("/")]
    public async Task OutputFolderThatIsOrContainsTheRootIsRefused(string output)
    {
        var fileSystem = WithExistingOutput();
        var before = Sites.Snapshot(fileSystem, "/site");

        var result = await Sites.RunAsync(fileSystem, [Writes(Fake.Doc("a.md", "A", "a.html"))], output: output);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PIPE004", error.Code);
        Assert.False(result.Published);
        Sites.AssertSameFiles(before, Sites.Snapshot(fileSystem, "/site"));
    }

    [Fact]
    public async Task OutputFolderContainingAProtectedDirectoryIsRefused()
    {
        var fileSystem = Sites.FileSystem(new Dictionary<string, string> { ["/work/data/archive/2019.json"] = "[]" });

        var result = await Sites.RunAsync(
            fileSystem,
            [Writes(Fake.Doc("a.md", "A", "a.html"))],
            output: "/work/data",
            protectedDirectories: ["/work/data/archive"]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PIPE004", error.Code);
        Assert.Contains("/work/data/archive", error.Message, StringComparison.Ordinal);
        Assert.True(fileSystem.File.Exists("/work/data/archive/2019.json"));
        Assert.Equal(["archive/2019.json"], Sites.Snapshot(fileSystem, "/work/data").Keys);
    }

    [Fact]
    public async Task OutputPathThatIsAFileIsRefused()
    {
        var fileSystem = Sites.FileSystem(new Dictionary<string, string> { ["/site/output"] = "not a folder" });

        var result = await Sites.RunAsync(fileSystem, Writes(Fake.Doc("a.md", "A", "a.html")));

        Assert.Equal("PIPE004", Assert.Single(result.Diagnostics).Code);
        Assert.Equal("not a folder", fileSystem.File.ReadAllText("/site/output"));
    }

    [Fact]
    public async Task SiblingOfTheRootWithACommonPrefixIsAllowed()
    {
        // "/site-out" starts with "/site" but neither contains the other.
        var fileSystem = Sites.FileSystem();

        var result = await Sites.RunAsync(fileSystem, [Writes(Fake.Doc("a.md", "A", "a.html"))], output: "/site-out");

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task AbandonedStagingFoldersAreRemovedButUnmarkedLookalikesAreKept()
    {
        var fileSystem = Sites.FileSystem(new Dictionary<string, string>
        {
            ["/site/.output.staging-dead.lock"] = "lock",
            ["/site/.output.staging-dead/half.html"] = "half",
            ["/site/.output.staging-swapped.lock"] = "lock of a build killed after its swap",
            ["/site/.output.staging-mine/notes.txt"] = "not ours",
        });

        var result = await Sites.RunAsync(fileSystem, Writes(Fake.Doc("a.md", "A", "a.html")));

        Assert.True(result.Published);
        Assert.False(fileSystem.Directory.Exists("/site/.output.staging-dead"));
        Assert.False(fileSystem.File.Exists("/site/.output.staging-dead.lock"));
        Assert.False(fileSystem.File.Exists("/site/.output.staging-swapped.lock"));
        Assert.True(fileSystem.File.Exists("/site/.output.staging-mine/notes.txt"));
        Assert.Equal(["a.html"], Sites.Snapshot(fileSystem, Sites.Output).Keys);
    }

    [Fact]
    public async Task OutputInterruptedMidSwapIsPutBackWhenTheNextBuildFails()
    {
        // A build killed between Commit's two renames: the old output is aside, no output folder.
        var fileSystem = Sites.FileSystem(new Dictionary<string, string> { ["/site/.output.previous-x/index.html"] = "old" });
        var pipeline = new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit(Fake.Doc("a.md", "A", "a.html"))],
            Output = [Fake.ThrowOn("a.md", () => new InvalidOperationException("fails"))],
        };

        var result = await Sites.RunAsync(fileSystem, pipeline);

        Assert.False(result.Published);
        Assert.Equal("old", fileSystem.File.ReadAllText("/site/output/index.html"));
        Assert.Empty(Sites.Leftovers(fileSystem));
    }
}
