namespace Briefings.Engine.Tests;

/// <summary>
/// What a pipeline read (its Input results: for a site, every source file's bytes and text) is not held
/// for the rest of the build once its Process phase has taken it.
/// </summary>
public sealed class ReleasedInputTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task InputsAreLetGoOnceProcessHasReplacedThem(bool serial)
    {
        var read = new List<WeakReference<DocumentContent>>();
        bool? aliveLater = null;
        var sources = new Pipeline
        {
            Name = "sources",
            Input = [new Step((inputs, _) => inputs.AddRange(Read(read, 20)))],
            Process = [new Transform(d => d with { Content = DocumentContent.FromText("made of " + d.Id) })],
        };
        var later = new Pipeline
        {
            Name = "later",
            Dependencies = ["sources"],
            Process = [new Step((inputs, context) =>
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                aliveLater = read.Any(r => r.TryGetTarget(out _));
                return inputs;
            })],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), [sources, later], serial, output: null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(20, read.Count);
        Assert.False(aliveLater, "a source's read content was still held while a later pipeline ran");
        Assert.Equal("made of 0.md", result.OutputsOf("sources")[0].Content.Text);
    }

    [Fact]
    public async Task APipelineWithoutProcessModulesStillHandsItsInputsOn()
    {
        var sources = new Pipeline { Name = "sources", Input = [Fake.Emit("s", 3, "text")] };
        var seen = ImmutableArray<Document>.Empty;
        var later = new Pipeline { Name = "later", Dependencies = ["sources"], Process = [Fake.Read("sources", d => seen = d)] };

        var result = await Sites.RunAsync(Sites.FileSystem(), [sources, later], serial: false, output: null);

        Assert.True(result.Succeeded);
        Assert.Equal(["s/0.md", "s/1.md", "s/2.md"], seen.Select(d => d.Source));
        Assert.Equal(3, result.OutputsOf("sources").Length);
    }

    /// <summary>Documents made here and referenced nowhere else, each content watched by a weak reference.</summary>
    private static List<Document> Read(List<WeakReference<DocumentContent>> watched, int count)
    {
        var documents = Enumerable.Range(0, count).Select(i => Fake.Doc($"{i}.md", new string('x', 1000 + i))).ToList();
        watched.AddRange(documents.Select(d => new WeakReference<DocumentContent>(d.Content)));
        return documents;
    }
}
