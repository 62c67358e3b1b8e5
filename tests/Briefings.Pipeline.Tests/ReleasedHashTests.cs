using System.Security.Cryptography;
using System.Text;

namespace Briefings.Engine.Tests;

/// <summary>
/// Released content keeps its SHA-256 only when the run keeps hashes (<see cref="EngineSettings.KeepsHashes"/>): a
/// one-off build without a manifest reads none, and hashing every page and source is CPU for nothing.
/// </summary>
public sealed class ReleasedHashTests
{
    [Fact]
    public void ReleasedWithoutItsHashKeepsTheLengthButNotTheHash()
    {
        var content = DocumentContent.FromBytes(Encoding.UTF8.GetBytes("héllo, page"));

        content.Release(keepHash: false);

        Assert.True(content.IsReleased);
        Assert.Equal(12, content.Length);
        var error = Assert.Throws<InvalidOperationException>(() => content.Hash);
        Assert.Contains("KeepsHashes", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => content.Text);
    }

    [Fact]
    public void AHashAlreadyComputedIsKeptWhenReleasedWithoutOne()
    {
        var content = DocumentContent.FromText("hello");
        var hash = content.Hash;

        content.Release(keepHash: false);

        Assert.Equal(hash, content.Hash);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task WrittenFilesKeepTheirHashOnlyWhenTheRunKeepsHashes(bool keepsHashes)
    {
        var fileSystem = Sites.FileSystem();
        var pages = new Pipeline
        {
            Name = "pages",
            Process = [Fake.Emit(Fake.Doc("a", "page a", "a.html"), Fake.Doc("b", "page b", "b.html"))],
            Output = [new WriteFiles()],
        };
        var settings = new EngineSettings { RootDirectory = Sites.Root, OutputDirectory = Sites.Output, KeepsHashes = keepsHashes };

        var result = await new PipelineEngine(settings, fileSystem).RunAsync([pages], TestContext.Current.CancellationToken);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        var written = result.OutputsOf("pages");
        Assert.Equal(2, written.Length);
        foreach (var document in written)
        {
            var bytes = fileSystem.File.ReadAllBytes(fileSystem.Path.Combine(Sites.Output, document.Destination!));
            Assert.True(document.Content.IsReleased);
            Assert.Equal(bytes.Length, document.Content.Length);
            if (keepsHashes)
            {
                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.Content.Hash);
            }
            else
            {
                Assert.Throws<InvalidOperationException>(() => document.Content.Hash);
            }
        }
    }
}
