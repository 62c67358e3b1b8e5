namespace Briefings.Engine.Tests;

public sealed class WriteFilesTests
{
    private static Pipeline Writes(params Document[] documents) => new()
    {
        Name = "pages",
        Input = [Fake.Emit(documents)],
        Output = [new WriteFiles()],
    };

    public static TheoryData<string> UnsafeDestinations =>
    [
        "../escape.html",
        "posts/../../escape.html",
        "..",
        "/etc/passwd",
        "C:/Windows/win.ini",
        "posts\\a.html",
        "a\0b.html",
        "a\nb.html",
        "",
        "posts//a.html",
        "./a.html",
        "posts/",
    ];

    [Theory]
    [MemberData(nameof(UnsafeDestinations))]
    public async Task UnsafeDestinationIsPipe003AgainstTheSourceAndNothingIsPublished(string destination)
    {
        var fileSystem = Sites.FileSystem();

        var result = await Sites.RunAsync(fileSystem, Writes(Fake.Doc("content/bad.md", "x", destination), Fake.Doc("content/ok.md", "ok", "ok.html")));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PIPE003", error.Code);
        Assert.Equal("content/bad.md", error.File);
        Assert.DoesNotContain('\0', error.Message);
        Assert.False(result.Published);
        Assert.False(fileSystem.Directory.Exists(Sites.Output));
        Assert.False(fileSystem.File.Exists("/site/escape.html"));
        Assert.Empty(Sites.Leftovers(fileSystem));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("posts/2024/hello-world/index.html")]
    [InlineData("..well-known/x")]
    [InlineData("a..b.html")]
    public void OrdinaryDestinationsAreSafe(string destination) => Assert.Null(OutputPath.FindProblem(destination));

    [Fact]
    public async Task TwoDocumentsWithOneDestinationArePipe002NamingBoth()
    {
        var fileSystem = Sites.FileSystem();

        var result = await Sites.RunAsync(fileSystem, Writes(
            Fake.Doc("content/b.md", "B", "same.html"),
            Fake.Doc("content/a.md", "A", "same.html"),
            Fake.Doc("content/c.md", "C", "c.html")));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PIPE002", error.Code);
        Assert.Contains("'same.html'", error.Message, StringComparison.Ordinal);
        Assert.Contains("content/a.md, content/b.md", error.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
        Assert.False(fileSystem.Directory.Exists(Sites.Output));
    }

    [Fact]
    public async Task DocumentsWithoutDestinationAreNotWrittenButPassThrough()
    {
        var fileSystem = Sites.FileSystem();

        var result = await Sites.RunAsync(fileSystem, Writes(Fake.Doc("content/draft.md", "draft"), Fake.Doc("content/a.md", "A", "a.html")));

        Assert.True(result.Published);
        Assert.Equal(["a.html"], Sites.Snapshot(fileSystem, Sites.Output).Keys);
        Assert.Equal(2, result.OutputsOf("pages").Length);
    }

    [Fact]
    public async Task WritesTheContentBytesExactly()
    {
        var fileSystem = Sites.FileSystem();
        byte[] bytes = [0x00, 0xFF, 0x89, 0x50, 0x4E, 0x47];
        var image = new Document { Id = "logo", Source = "assets/logo.png", Destination = "img/logo.png", Content = DocumentContent.FromBytes(bytes) };

        var result = await Sites.RunAsync(fileSystem, Writes(image));

        Assert.True(result.Published);
        Assert.Equal(bytes, fileSystem.File.ReadAllBytes("/site/output/img/logo.png"));
    }

    [Fact]
    public async Task WriteFilesOutsideTheOutputPhaseIsAnError()
    {
        var pipeline = new Pipeline { Name = "pages", Process = [new WriteFiles()] };

        var result = await Sites.RunAsync(Sites.FileSystem(), pipeline);

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("Output phase", error.Message, StringComparison.Ordinal);
        Assert.False(result.Published);
    }
}
