namespace Briefings.Engine.Tests;

public sealed class ReadFilesTests
{
    private static MockFileSystem Site() => Sites.FileSystem(new Dictionary<string, string>
    {
        ["/site/content/index.md"] = "home",
        ["/site/content/about.txt"] = "about",
        ["/site/content/posts/b.md"] = "post b",
        ["/site/content/posts/a.md"] = "post a",
        ["/site/content/posts/2024/deep.md"] = "deep",
        ["/site/layouts/post.html"] = "layout",
    });

    private static async Task<ImmutableArray<Document>> Read(MockFileSystem fileSystem, ReadFiles module, bool serial = false)
    {
        var result = await Sites.RunAsync(fileSystem, [new Pipeline { Name = "read", Input = [module] }], serial, output: null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.OutputsOf("read");
    }

    [Fact]
    public async Task RecursivePatternMatchesEveryLevel()
    {
        var documents = await Read(Site(), new ReadFiles("content", "**/*.md"));

        Assert.Equal(["content/index.md", "content/posts/2024/deep.md", "content/posts/a.md", "content/posts/b.md"], documents.Select(d => d.Source));
    }

    [Fact]
    public async Task SingleStarDoesNotDescend()
    {
        var documents = await Read(Site(), new ReadFiles("content", "*.md"));

        Assert.Equal(["content/index.md"], documents.Select(d => d.Source));
    }

    [Fact]
    public async Task SeveralPatternsAreCombinedWithoutDuplicates()
    {
        var documents = await Read(Site(), new ReadFiles("content", "*.txt", "posts/*.md", "posts/a.*"));

        Assert.Equal(["content/about.txt", "content/posts/a.md", "content/posts/b.md"], documents.Select(d => d.Source));
    }

    [Fact]
    public async Task NoPatternReadsEverythingUnderTheDirectory()
    {
        var documents = await Read(Site(), new ReadFiles("layouts"));

        var layout = Assert.Single(documents);
        Assert.Equal("layouts/post.html", layout.Source);
        Assert.Equal("layouts/post.html", layout.Id);
        Assert.Null(layout.Destination);
        Assert.Equal("layout", layout.Content.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DocumentsComeInOrdinalPathOrder(bool serial)
    {
        var fileSystem = Sites.FileSystem(new[] { "b.md", "a.md", "_x.md", "Z.md", "B.md", "a/z.md", "a-b.md" }
            .ToDictionary(name => "/site/docs/" + name, name => name));

        var documents = await Read(fileSystem, new ReadFiles("docs"), serial);

        // Ordinal: upper case before '_' before lower case; '-' (0x2D) before '/' (0x2F).
        Assert.Equal(["B.md", "Z.md", "_x.md", "a-b.md", "a.md", "a/z.md", "b.md"], documents.Select(d => d.Get(ReadFiles.RelativePath)));
        Assert.Equal(documents.Select(d => d.Get(ReadFiles.RelativePath)), documents.Select(d => d.Content.Text));
    }

    [Fact]
    public async Task RelativePathIsRelativeToTheDirectoryRead()
    {
        var documents = await Read(Site(), new ReadFiles("content/posts", "**/*.md"));

        Assert.Equal(["2024/deep.md", "a.md", "b.md"], documents.Select(d => d.Get(ReadFiles.RelativePath)));
        Assert.Equal(["content/posts/2024/deep.md", "content/posts/a.md", "content/posts/b.md"], documents.Select(d => d.Source));
    }

    [Fact]
    public async Task ReadsTheFileBytesUnchanged()
    {
        var fileSystem = Sites.FileSystem();
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0x68, 0xC3, 0xA9, 0x0D, 0x0A, 0xFF];
        fileSystem.AddFile("/site/static/raw.bin", new MockFileData(bytes));

        var document = Assert.Single(await Read(fileSystem, new ReadFiles("static")));

        Assert.Equal(bytes, document.Content.Bytes.ToArray());
    }

    [Fact]
    public async Task MissingDirectoryYieldsNothingAndNoError()
    {
        var documents = await Read(Site(), new ReadFiles("nowhere", "**/*"));

        Assert.Empty(documents);
    }

    [Fact]
    public async Task ReadingTheRootGivesSourcesWithoutAPrefix()
    {
        var documents = await Read(Site(), new ReadFiles(".", "layouts/*.html"));

        Assert.Equal(["layouts/post.html"], documents.Select(d => d.Source));
    }

    [Fact]
    public async Task ReadFilesAppendsToTheDocumentsAlreadyThere()
    {
        var result = await Sites.RunAsync(
            Site(),
            [new Pipeline { Name = "read", Input = [Fake.Emit(Fake.Doc("generated")), new ReadFiles("layouts")] }],
            output: null);

        Assert.Equal(["generated", "layouts/post.html"], result.OutputsOf("read").Select(d => d.Id));
    }
}
