namespace Briefings.Engine.Tests;

/// <summary>
/// WriteFiles prepares each document (e.g. renders it) just before writing it and keeps only the written
/// content's length and hash; a run without an output folder does the same steps in PostProcess instead.
/// </summary>
public sealed class StreamedWritingTests
{
    private static Pipeline Streams(params Document[] documents)
    {
        var prepare = (PerDocumentModule)Fake.Append(" rendered");
        return new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit(documents)],
            PostProcess = [new UnlessWriting(prepare)],
            Output = [new WriteFiles(prepare)],
        };
    }

    [Fact]
    public async Task ABuildWritesThePreparedBytesAndKeepsOnlyTheirLengthAndHash()
    {
        var fileSystem = Sites.FileSystem();

        var result = await Sites.RunAsync(fileSystem, Streams(Fake.Doc("a.md", "A", "a.html"), Fake.Doc("draft.md", "D"), Fake.Doc("b.md", "B", "b/index.html")));

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal("A rendered", fileSystem.File.ReadAllText("/site/output/a.html"));
        Assert.Equal("B rendered", fileSystem.File.ReadAllText("/site/output/b/index.html"));
        var documents = result.OutputsOf("pages");
        Assert.Equal(["a.md", "draft.md", "b.md"], documents.Select(d => d.Source));
        var written = documents[0].Content;
        Assert.True(written.IsReleased);
        Assert.Equal("A rendered".Length, written.Length);
        Assert.Equal(DocumentContent.FromText("A rendered").Hash, written.Hash);
        Assert.Throws<InvalidOperationException>(() => written.Text);
        Assert.Equal("D", documents[1].Content.Text); // not written, so neither prepared nor released
    }

    [Fact]
    public async Task ARunWithoutOutputPreparesInPostProcessAndKeepsTheContent()
    {
        var fileSystem = Sites.FileSystem();

        var result = await Sites.RunAsync(fileSystem, [Streams(Fake.Doc("a.md", "A", "a.html"))], output: null);

        Assert.True(result.Succeeded);
        Assert.False(result.Published);
        Assert.Equal("A rendered", Assert.Single(result.OutputsOf("pages")).Content.Text);
    }

    [Fact]
    public async Task ABuildDoesNotPrepareInPostProcess()
    {
        var seen = new List<string>();
        var pipeline = Streams(Fake.Doc("a.md", "A", "a.html"));
        pipeline = new Pipeline
        {
            Name = pipeline.Name,
            Input = pipeline.Input,
            PostProcess = [.. pipeline.PostProcess, Fake.Capture(documents => seen.AddRange(documents.Select(d => d.Content.Text)))],
            Output = pipeline.Output,
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), pipeline);

        Assert.True(result.Published);
        Assert.Equal(["A"], seen);
    }

    [Fact]
    public async Task AStepThatFailsOnOneDocumentNamesItsSourceAndNothingIsPublished()
    {
        var fileSystem = Sites.FileSystem(new Dictionary<string, string> { ["/site/output/index.html"] = "previous" });
        var pipeline = new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit(Fake.Doc("a.md", "A", "a.html"), Fake.Doc("bad.md", "B", "b.html"))],
            Output = [new WriteFiles((PerDocumentModule)Fake.ThrowOn("bad.md", () => new InvalidOperationException("cannot render")))],
        };

        var result = await Sites.RunAsync(fileSystem, pipeline);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("bad.md", error.File);
        Assert.Contains("cannot render", error.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
        Assert.Equal(["index.html"], Sites.Snapshot(fileSystem, Sites.Output).Keys);
    }

    [Fact]
    public void ReleasingKeepsLengthAndHashOnly()
    {
        var content = DocumentContent.FromBytes([1, 2, 3]);

        var released = content.Release();

        Assert.Equal((3, content.Hash), (released.Length, released.Hash));
        Assert.Throws<InvalidOperationException>(() => released.Bytes.Length);
        Assert.Same(released, released.Release());
    }

    [Fact]
    public async Task ReleaseContentLetsEachDocumentsBytesGoButKeepsLengthAndHash()
    {
        var pipeline = new Pipeline { Name = "sources", Input = [Fake.Emit(Fake.Doc("a.md", "source text"))], Process = [new ReleaseContent()] };

        var result = await Sites.RunAsync(Sites.FileSystem(), [pipeline], output: null);

        var content = Assert.Single(result.OutputsOf("sources")).Content;
        Assert.True(content.IsReleased);
        Assert.Equal((11, DocumentContent.FromText("source text").Hash), (content.Length, content.Hash));
    }
}
