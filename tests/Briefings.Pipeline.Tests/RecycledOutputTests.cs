namespace Briefings.Engine.Tests;

/// <summary>
/// Builds recycle the previous output as their staging folder: they write only files whose bytes differ,
/// remove what they no longer make, and still swap in atomically.
/// </summary>
public sealed class RecycledOutputTests
{
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static Pipeline Writes(params (string Destination, string Text)[] files) => new()
    {
        Name = "pages",
        Input = [Fake.Emit([.. files.Select(f => Fake.Doc("src/" + f.Destination, f.Text, f.Destination))])],
        Output = [new WriteFiles()],
    };

    private static async Task Publish(MockFileSystem fileSystem, params (string, string)[] files)
    {
        var result = await Sites.RunAsync(fileSystem, Writes(files));
        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public async Task ARecycledBuildPublishesExactlyWhatAFreshBuildPublishes()
    {
        var recycled = Sites.FileSystem();
        await Publish(recycled, ("index.html", "one"), ("posts/a.html", "A"), ("posts/b.html", "B"), ("old/deep/x.html", "X"));
        await Publish(recycled, ("index.html", "two"), ("posts/a.html", "A"), ("feed.xml", "F"));
        await Publish(recycled, ("index.html", "three"), ("posts/a.html", "A, longer"), ("posts/c.html", "C"));
        Assert.NotNull(Sites.Spare(recycled));

        var fresh = Sites.FileSystem();
        await Publish(fresh, ("index.html", "three"), ("posts/a.html", "A, longer"), ("posts/c.html", "C"));

        Sites.AssertSameFiles(Sites.Snapshot(fresh, Sites.Output), Sites.Snapshot(recycled, Sites.Output));
        Assert.Empty(Sites.Leftovers(recycled));
    }

    [Fact]
    public async Task FilesAndFoldersNoLongerMadeAreRemoved()
    {
        var fileSystem = Sites.FileSystem();
        (string, string)[] first = [("index.html", "home"), ("old/deep/x.html", "X"), ("posts/gone.html", "G"), ("posts/kept.html", "K")];
        await Publish(fileSystem, first);
        await Publish(fileSystem, first); // the first tree is now the spare the next build recycles

        await Publish(fileSystem, ("index.html", "home"), ("posts/kept.html", "K"));

        Assert.Equal(["index.html", "posts/kept.html"], Sites.Snapshot(fileSystem, Sites.Output).Keys);
        Assert.Equal([$"{Sites.Output}/posts"], fileSystem.Directory.EnumerateDirectories(Sites.Output, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AnUnchangedFileIsNotRewrittenAndKeepsItsTimeStamp()
    {
        var fileSystem = Sites.FileSystem();
        (string, string)[] files = [("same.html", "same bytes"), ("changed.html", "before"), ("same-length.html", "abc")];
        await Publish(fileSystem, files);
        foreach (var file in fileSystem.Directory.EnumerateFiles(Sites.Output))
        {
            fileSystem.File.SetLastWriteTimeUtc(file, LongAgo);
        }

        await Publish(fileSystem, files);
        await Publish(fileSystem, ("same.html", "same bytes"), ("changed.html", "after, longer"), ("same-length.html", "abd"));

        Assert.Equal(LongAgo, fileSystem.File.GetLastWriteTimeUtc($"{Sites.Output}/same.html"));
        Assert.NotEqual(LongAgo, fileSystem.File.GetLastWriteTimeUtc($"{Sites.Output}/changed.html"));
        Assert.Equal("after, longer", fileSystem.File.ReadAllText($"{Sites.Output}/changed.html"));
        Assert.Equal("abd", fileSystem.File.ReadAllText($"{Sites.Output}/same-length.html"));
    }

    [Fact]
    public async Task AFileCanTakeTheNameOfAnEarlierFolderAndAFolderTheNameOfAnEarlierFile()
    {
        var fileSystem = Sites.FileSystem();
        (string, string)[] first = [("a/index.html", "folder a"), ("b", "file b")];
        await Publish(fileSystem, first);
        await Publish(fileSystem, first);

        await Publish(fileSystem, ("a", "file a"), ("b/index.html", "folder b"));

        var files = Sites.Snapshot(fileSystem, Sites.Output);
        Assert.Equal(["a", "b/index.html"], files.Keys);
        Assert.Equal("file a"u8.ToArray(), files["a"]);
    }

    [Fact]
    public async Task AFailedBuildLeavesThePreviousOutputAndTheNextBuildRecyclesItsStaging()
    {
        var fileSystem = Sites.FileSystem();
        await Publish(fileSystem, ("index.html", "one"), ("a.html", "A"));
        await Publish(fileSystem, ("index.html", "two"), ("a.html", "A"));
        var before = Sites.Snapshot(fileSystem, Sites.Output);
        var failing = new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit(Fake.Doc("index.md", "three", "index.html"), Fake.Doc("b.md", "B", "b.html"))],
            Output = [new WriteFiles(), Fake.ThrowOn("b.md", () => new InvalidOperationException("late failure"))],
        };

        var failed = await Sites.RunAsync(fileSystem, failing);

        Assert.False(failed.Published);
        Sites.AssertSameFiles(before, Sites.Snapshot(fileSystem, Sites.Output));
        Assert.Empty(Sites.Leftovers(fileSystem));

        await Publish(fileSystem, ("index.html", "four"));
        Assert.Equal(["index.html"], Sites.Snapshot(fileSystem, Sites.Output).Keys);
        Assert.Empty(Sites.Leftovers(fileSystem));
    }

    [Fact]
    public async Task WhatKilledBuildsLeftIsRecycledOrRemoved()
    {
        var fileSystem = Sites.FileSystem(new Dictionary<string, string>
        {
            ["/site/output/index.html"] = "published",
            ["/site/.output.staging-a.lock"] = "lock",
            ["/site/.output.staging-a/half.html"] = "half written",
            ["/site/.output.staging-a/index.html"] = "published",
            ["/site/.output.staging-b.lock"] = "lock",
            ["/site/.output.staging-b/other.html"] = "a second killed build",
            ["/site/.output.staging-c.lock"] = "a lock whose folder was swapped in",
            ["/site/.output.previous-d/index.html"] = "set aside by a build killed after its swap",
        });

        await Publish(fileSystem, ("index.html", "published"), ("new.html", "N"));

        Assert.Equal(["index.html", "new.html"], Sites.Snapshot(fileSystem, Sites.Output).Keys);
        Assert.Equal("/site/.output.staging-a", Sites.Spare(fileSystem));
        Assert.Equal(["index.html"], Sites.Snapshot(fileSystem, "/site/.output.staging-a").Keys);
        Assert.Empty(Sites.Leftovers(fileSystem));
    }
}
