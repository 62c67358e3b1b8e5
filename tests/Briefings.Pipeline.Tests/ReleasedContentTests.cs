using System.Runtime.CompilerServices;
using System.Text;

namespace Briefings.Engine.Tests;

/// <summary>
/// Releasing plain content lets its bytes and decoded text go, even while something still refers to the content:
/// a pipeline's Process holds its input documents until it ends, so sources released once read must not stay alive
/// through them.
/// </summary>
public sealed class ReleasedContentTests
{
    [Fact]
    public void ReleasedPlainContentKeepsItsLengthAndHashButCanNoLongerBeRead()
    {
        var content = DocumentContent.FromBytes(Encoding.UTF8.GetBytes("héllo, source"));
        var (text, hash, length) = (content.Text, content.Hash, content.Length);

        var released = content.Release();

        Assert.Equal("héllo, source", text);
        Assert.Equal((hash, length), (released.Hash, released.Length));
        Assert.Equal((hash, length), (content.Hash, content.Length));
        Assert.Same(released, content.Release());
        Assert.Throws<InvalidOperationException>(() => content.Text);
        Assert.Throws<InvalidOperationException>(() => content.Bytes.Length);
        Assert.Throws<InvalidOperationException>(() => released.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SourcesReleasedOnceReadAreNotHeldByTheInputsOfTheProcessStillRunning(bool serial)
    {
        var read = new ConcurrentBag<WeakReference>();
        bool? aliveLater = null;
        var sources = new Pipeline
        {
            Name = "sources",
            Input = [new Step((inputs, _) => inputs.AddRange(Sources(read, 20)))],
            Process =
            [
                new ForEachDocument(
                    new Transform(d =>
                    {
                        read.Add(new WeakReference(d.Content.Text));
                        return d with { Metadata = d.Metadata.With(Length, d.Content.Text.Length) };
                    }),
                    new ReleaseContent()),
                new Step((inputs, _) =>
                {
                    // Still inside this pipeline's Process: its input documents (and their content objects) are held.
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    aliveLater = read.Any(r => r.IsAlive);
                    return inputs;
                }),
            ],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), [sources], serial, output: null);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(40, read.Count);
        Assert.False(aliveLater, "a source's bytes or text were still held after its content was released");
        Assert.Equal(1013, result.OutputsOf("sources").Single(d => d.Source == "13.md").Get(Length));
        Assert.True(result.OutputsOf("sources").All(d => d.Content.IsReleased));
    }

    private static readonly MetadataKey<int> Length = new("test.length");

    /// <summary>Documents read from bytes referenced nowhere else, each byte array watched by a weak reference.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<Document> Sources(ConcurrentBag<WeakReference> watched, int count)
    {
        var documents = new List<Document>();
        for (var i = 0; i < count; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(new string('x', 1000 + i));
            watched.Add(new WeakReference(bytes));
            documents.Add(new Document { Id = $"{i}.md", Source = $"{i}.md", Content = DocumentContent.FromBytes(bytes) });
        }

        return documents;
    }
}
