using System.Buffers;
using System.Text;

namespace Briefings.Engine.Tests;

/// <summary>
/// Leased content: bytes borrowed from a pool, owned by the document that carries them until WriteFiles writes them
/// and gives them back (once) by releasing the content; the leased content can no longer be read afterwards.
/// </summary>
public sealed class LeasedContentTests
{
    [Fact]
    public void LeasedContentReadsAsPlainBytesDo()
    {
        var bytes = Encoding.UTF8.GetBytes("héllo, leased");
        var leased = DocumentContent.FromLease(new Lease(bytes, spare: 7));
        var plain = DocumentContent.FromBytes(bytes);

        Assert.True(leased.IsLeased);
        Assert.Equal(bytes, leased.Bytes.ToArray());
        Assert.Equal((plain.Length, plain.Hash, plain.Text), (leased.Length, leased.Hash, leased.Text));
    }

    [Fact]
    public void ReleasingGivesTheLeaseBackOnceAndTheLeasedContentCanNoLongerBeRead()
    {
        var lease = new Lease("page bytes"u8.ToArray());
        var content = DocumentContent.FromLease(lease);

        var released = content.Release();
        var again = content.Release();

        Assert.Equal(1, lease.Returns);
        Assert.False(content.IsLeased);
        Assert.Equal((10, DocumentContent.FromText("page bytes").Hash), (released.Length, released.Hash));
        Assert.Equal((10, released.Hash), (again.Length, again.Hash));
        Assert.Throws<InvalidOperationException>(() => content.Bytes.Length);
        Assert.Throws<InvalidOperationException>(() => content.Text);
        Assert.Throws<InvalidOperationException>(() => released.Bytes.Length);
    }

    [Fact]
    public async Task WriteFilesWritesLeasedBytesAndOnlyThenGivesEachLeaseBack()
    {
        var fileSystem = Sites.FileSystem();
        var leases = new ConcurrentBag<Lease>();
        var documents = Enumerable.Range(0, 40).Select(i => Fake.Doc($"{i}.md", new string('x', i * 37), $"{i}.html")).ToArray();
        var pipeline = new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit(documents)],
            Output = [new WriteFiles(LeaseRendered(leases))],
        };

        var result = await Sites.RunAsync(fileSystem, pipeline);

        Assert.True(result.Published, string.Join("\n", result.Diagnostics));
        Assert.Equal(40, leases.Count);
        Assert.All(leases, lease => Assert.Equal(1, lease.Returns));
        foreach (var (written, i) in result.OutputsOf("pages").Select((d, i) => (d.Content, i)))
        {
            var expected = $"<p>{new string('x', i * 37)}</p>";
            Assert.True(written.IsReleased);
            Assert.Equal(DocumentContent.FromText(expected).Hash, written.Hash);
            Assert.Equal(expected, fileSystem.File.ReadAllText($"{Sites.Output}/{i}.html")); // a lease given back early would show its poison
        }
    }

    [Fact]
    public async Task OnlyTheStepsWriteFilesRunAreToldTheirDocumentsAreWrittenAtOnce()
    {
        var told = new ConcurrentQueue<string>();
        var step = new Transform((document, context) =>
        {
            told.Enqueue($"{context.Phase}:{context.PreparesForWriting}");
            return document;
        });
        var pipeline = new Pipeline
        {
            Name = "pages",
            Input = [Fake.Emit(Fake.Doc("a.md", "A", "a.html"))],
            Process = [step],
            PostProcess = [new UnlessWriting(step)],
            Output = [new WriteFiles(step)],
        };

        await Sites.RunAsync(Sites.FileSystem(), pipeline);
        Assert.Equal(["Process:False", "Output:True"], told);

        told.Clear();
        await Sites.RunAsync(Sites.FileSystem(), [pipeline], output: null);
        Assert.Equal(["Process:False", "PostProcess:False"], told);
    }

    /// <summary>Renders "&lt;p&gt;text&lt;/p&gt;" into a lease when written at once, into plain bytes otherwise.</summary>
    private static Transform LeaseRendered(ConcurrentBag<Lease> leases) => new((document, context) =>
    {
        var bytes = Encoding.UTF8.GetBytes($"<p>{document.Content.Text}</p>");
        if (!context.PreparesForWriting)
        {
            return document with { Content = DocumentContent.FromBytes(bytes) };
        }

        var lease = new Lease(bytes, spare: 3);
        leases.Add(lease);
        return document with { Content = DocumentContent.FromLease(lease) };
    });

    /// <summary>A lease over an array with spare room; given back, it poisons the array, as a pool lending it again would.</summary>
    private sealed class Lease(byte[] bytes, int spare = 0) : IMemoryOwner<byte>
    {
        private readonly byte[] _array = [.. bytes, .. new byte[spare]];
        private int _returns;

        public int Returns => _returns;

        public Memory<byte> Memory => _array.AsMemory(0, bytes.Length);

        public void Dispose()
        {
            Interlocked.Increment(ref _returns);
            _array.AsSpan().Fill((byte)'!');
        }
    }
}
