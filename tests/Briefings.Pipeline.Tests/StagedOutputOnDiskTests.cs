using System.IO.Abstractions;

namespace Briefings.Engine.Tests;

/// <summary>The staging swap on a real disk, where renames and deletes are the operating system's.</summary>
public sealed class StagedOutputOnDiskTests : IDisposable
{
    private readonly FileSystem _fileSystem = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefings-tests-" + Guid.NewGuid().ToString("N"));

    public StagedOutputOnDiskTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "output", "old"));
        File.WriteAllText(Path.Combine(_root, "output", "old", "stale.html"), "stale");
        File.WriteAllText(Path.Combine(_root, "output", "index.html"), "previous");
    }

    private string Output => Path.Combine(_root, "output");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static Pipeline Writes(IModule? after = null) => new()
    {
        Name = "pages",
        Input = [Fake.Emit(Fake.Doc("index.md", "fresh", "index.html"), Fake.Doc("a.md", "A", "posts/a.html"))],
        Output = after is null ? [new WriteFiles()] : [new WriteFiles(), after],
    };

    [Fact]
    public async Task SuccessReplacesTheFolderAndFailureLeavesItAlone()
    {
        var published = await Sites.RunAsync(_fileSystem, [Writes()], output: Output, root: _root);

        Assert.True(published.Published, string.Join("\n", published.Diagnostics));
        var afterSuccess = Sites.Snapshot(_fileSystem, Output);
        Assert.Equal(["index.html", "posts/a.html"], afterSuccess.Keys);
        Assert.Equal("fresh", File.ReadAllText(Path.Combine(Output, "index.html")));

        var failed = await Sites.RunAsync(
            _fileSystem,
            [Writes(Fake.ThrowOn("a.md", () => new InvalidOperationException("no")))],
            output: Output,
            root: _root);

        Assert.False(failed.Published);
        Sites.AssertSameFiles(afterSuccess, Sites.Snapshot(_fileSystem, Output));
        Assert.Equal([Output], Directory.EnumerateFileSystemEntries(_root).Except(Sites.Spare(_fileSystem, Output) is { } spare ? [spare, spare + ".lock"] : []).Except([Path.Combine(_root, ".output.lock")]));
    }

    [Fact]
    public async Task ARecycledBuildLeavesUnchangedFilesUntouchedOnDisk()
    {
        var longAgo = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        Assert.True((await Sites.RunAsync(_fileSystem, [Writes()], output: Output, root: _root)).Published);
        File.SetLastWriteTimeUtc(Path.Combine(Output, "index.html"), longAgo);
        Assert.True((await Sites.RunAsync(_fileSystem, [Writes()], output: Output, root: _root)).Published);

        var third = await Sites.RunAsync(_fileSystem, [Writes()], output: Output, root: _root);

        Assert.True(third.Published);
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(Output, "index.html")));
        Assert.Equal(["index.html", "posts/a.html"], Sites.Snapshot(_fileSystem, Output).Keys);
    }

    [Fact]
    public async Task AFirstBuildWritesManyPagesIntoSharedAndNestedFoldersFromAllThreads()
    {
        // A fresh staging folder skips the comparisons and remembers the folders it made: pages written side by
        // side into the same and nested folders must all land, with their own bytes.
        var documents = Enumerable.Range(0, 400)
            .Select(i => Fake.Doc($"p{i}.md", $"page {i}", $"{(i % 4 == 0 ? "tags" : "tags/t" + (i % 7))}/{(i % 3 == 0 ? "deep/" : "")}p{i}.html"))
            .ToArray();
        var fresh = Path.Combine(_root, "fresh");

        var result = await Sites.RunAsync(_fileSystem, [new Pipeline { Name = "pages", Input = [Fake.Emit(documents)], Output = [new WriteFiles()] }], output: fresh, root: _root);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var files = Sites.Snapshot(_fileSystem, fresh);
        Assert.Equal(documents.Length, files.Count);
        foreach (var (i, document) in documents.Index())
        {
            Assert.Equal($"page {i}", System.Text.Encoding.UTF8.GetString(files[document.Destination!]));
        }
    }

    [Fact]
    public async Task A_second_build_into_the_same_output_at_the_same_time_is_refused_and_changes_nothing()
    {
        var before = Sites.Snapshot(_fileSystem, Output);
        using (var running = StagedOutput.TryBegin(_fileSystem, Output))
        {
            Assert.NotNull(running);
            Assert.Null(StagedOutput.TryBegin(_fileSystem, Output));

            var second = await Sites.RunAsync(_fileSystem, [Writes()], output: Output, root: _root);

            Assert.False(second.Published);
            var refused = Assert.Single(second.Diagnostics);
            Assert.Equal("PIPE005", refused.Code);
            Assert.Equal(before, Sites.Snapshot(_fileSystem, Output));
        }

        var afterwards = await Sites.RunAsync(_fileSystem, [Writes()], output: Output, root: _root);
        Assert.True(afterwards.Published, string.Join("\n", afterwards.Diagnostics));
    }
}
