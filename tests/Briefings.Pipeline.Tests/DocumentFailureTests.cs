namespace Briefings.Engine.Tests;

public sealed class DocumentFailureTests
{
    private const string Bad = "content/b.md";

    private static (Pipeline Pipeline, ConcurrentQueue<string> Passed) Pages(IModule failing, params IModule[] postProcess)
    {
        var passed = new ConcurrentQueue<string>();
        var pipeline = new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit(
                Fake.Doc("content/a.md", destination: "a.html"),
                Fake.Doc(Bad, destination: "b.html"),
                Fake.Doc("content/c.md", destination: "c.html"))],
            Process = [failing, new Transform(d => { passed.Enqueue(d.Source!); return d; })],
            PostProcess = postProcess,
            Output = [.. postProcess, new WriteFiles()],
        };
        return (pipeline, passed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BuildExceptionIsReportedAgainstTheDocumentsSourceAndLine(bool serial)
    {
        var fileSystem = Sites.FileSystem();
        var (pages, passed) = Pages(Fake.ThrowOn(Bad, () => new BuildException(Diagnostic.Error("MD001", "heading skips a level", line: 7, column: 3))));

        var result = await Sites.RunAsync(fileSystem, [pages], serial);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("MD001", error.Code);
        Assert.Equal(Bad, error.File);
        Assert.Equal(7, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Equal("content/b.md:7:3: error MD001: heading skips a level", error.ToString());
        Assert.Equal(["content/a.md", "content/c.md"], passed.Order(StringComparer.Ordinal));
        Assert.Equal(["content/a.md", "content/c.md"], result.OutputsOf("pages").Select(d => d.Source));
        Assert.False(result.Succeeded);
        Assert.False(result.Published);
        Assert.False(fileSystem.Directory.Exists(Sites.Output));
        Assert.Empty(Sites.Leftovers(fileSystem));
    }

    [Fact]
    public async Task PlainExceptionBecomesPipe001NamingTheDocumentPipelineAndPhase()
    {
        var fileSystem = Sites.FileSystem();
        var (pages, passed) = Pages(Fake.ThrowOn(Bad, () => new FormatException("unexpected '}'")));

        var result = await Sites.RunAsync(fileSystem, [pages]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PIPE001", error.Code);
        Assert.Equal(Bad, error.File);
        Assert.Contains("pages (Process)", error.Message, StringComparison.Ordinal);
        Assert.Contains("unexpected '}'", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, passed.Count);
        Assert.False(result.Succeeded);
        Assert.False(result.Published);
        Assert.False(fileSystem.Directory.Exists(Sites.Output));
    }

    [Fact]
    public async Task BuildExceptionThatNamesAnotherFileKeepsThatFile()
    {
        var (pages, _) = Pages(Fake.ThrowOn(Bad, () => new BuildException(Diagnostic.Error("TPL001", "unknown variable", "layouts/post.html", 12))));

        var result = await Sites.RunAsync(Sites.FileSystem(), [pages]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("layouts/post.html", error.File);
        Assert.Equal(12, error.Line);
    }

    [Fact]
    public async Task EveryFailingDocumentIsReportedInFileOrder()
    {
        var pipeline = new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit("content", 20)],
            Process = [new Transform(d => d.Source!.EndsWith("5.md", StringComparison.Ordinal) ? throw new InvalidOperationException("bad") : d)],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), [pipeline], output: null);

        Assert.Equal(["content/15.md", "content/5.md"], result.Diagnostics.Select(d => d.File));
        Assert.Equal(18, result.OutputsOf("pages").Length);
    }

    [Fact]
    public async Task PerDocumentErrorsStillLetPostProcessRunButNotOutput()
    {
        var log = new ConcurrentQueue<string>();
        var (pages, _) = Pages(Fake.ThrowOn(Bad, () => new InvalidOperationException("bad")), Fake.Record(log));

        var result = await Sites.RunAsync(Sites.FileSystem(), [pages]);

        Assert.False(result.Succeeded);
        Assert.Equal(["pages.PostProcess"], log);
    }

    [Fact]
    public async Task ModuleFailureStopsThatPipelineAndSkipsLaterPhases()
    {
        var log = new ConcurrentQueue<string>();
        var pipeline = new Pipeline
        {
            Name = "pages",
            Process = [Fake.Throw(() => new InvalidOperationException("index broke")), Fake.Record(log, "after")],
            PostProcess = [Fake.Record(log)],
            Output = [Fake.Record(log)],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), [pipeline]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PIPE001", error.Code);
        Assert.Null(error.File);
        Assert.Contains("pages (Process)", error.Message, StringComparison.Ordinal);
        Assert.Contains("index broke", error.Message, StringComparison.Ordinal);
        Assert.Empty(log);
        Assert.False(result.Published);
    }
}
