namespace Briefings.Engine.Tests;

/// <summary>ForEachDocument puts each document through every step before the next document's turn.</summary>
public sealed class ForEachDocumentTests
{
    private static PerDocumentModule Log(ConcurrentQueue<string> log, string step) =>
        new Transform(d =>
        {
            log.Enqueue($"{step}:{d.Id}");
            return d with { Content = DocumentContent.FromText(d.Content.Text + step) };
        });

    private static Pipeline Steps(params PerDocumentModule[] steps) => new()
    {
        Name = "items",
        Input = [Fake.Emit(Fake.Doc("a.md", "A"), Fake.Doc("b.md", "B"), Fake.Doc("c.md", "C"))],
        Process = [new ForEachDocument(steps)],
    };

    [Fact]
    public async Task EachDocumentGoesThroughEveryStepBeforeTheNextDocumentStarts()
    {
        var log = new ConcurrentQueue<string>();

        var result = await Sites.RunAsync(Sites.FileSystem(), [Steps(Log(log, "1"), Log(log, "2"))], serial: true, output: null);

        Assert.True(result.Succeeded);
        Assert.Equal(["1:a.md", "2:a.md", "1:b.md", "2:b.md", "1:c.md", "2:c.md"], log);
        Assert.Equal(["A12", "B12", "C12"], result.OutputsOf("items").Select(d => d.Content.Text));
    }

    [Fact]
    public async Task InParallelTheDocumentsKeepTheirOrderAndEveryStepRuns()
    {
        var log = new ConcurrentQueue<string>();

        var result = await Sites.RunAsync(Sites.FileSystem(), [Steps(Log(log, "1"), Log(log, "2"))], serial: false, output: null);

        Assert.Equal(["A12", "B12", "C12"], result.OutputsOf("items").Select(d => d.Content.Text));
        Assert.Equal(6, log.Count);
    }

    [Fact]
    public async Task ADocumentAStepDropsOrFailsOnGoesNoFurtherAndTheOthersCarryOn()
    {
        var log = new ConcurrentQueue<string>();
        var dropB = new Transform(d => d.Id == "b.md" ? null : d);
        var failOnC = (PerDocumentModule)Fake.ThrowOn("c.md", () => new InvalidOperationException("cannot read"));

        var result = await Sites.RunAsync(Sites.FileSystem(), [Steps(dropB, failOnC, Log(log, "last"))], serial: true, output: null);

        Assert.Equal(["last:a.md"], log);
        Assert.Equal(["a.md"], result.OutputsOf("items").Select(d => d.Id));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("c.md", error.File);
        Assert.Contains("cannot read", error.Message, StringComparison.Ordinal);
    }
}
