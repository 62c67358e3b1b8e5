using Briefings.Catalog;

namespace Briefings.Tests.Catalog;

public sealed class PictureSizesTests
{
    [Fact]
    public void A_picture_shown_by_many_items_is_read_once_even_when_many_threads_ask()
    {
        var reads = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var sizes = new PictureSizes(src =>
        {
            reads.AddOrUpdate(src, 1, (_, n) => n + 1);
            return src == "images/port.svg" ? (640, 360) : null;
        });

        var results = new (int Width, int Height)?[200];
        Parallel.For(0, results.Length, i => results[i] = sizes.Of(i % 2 == 0 ? "images/port.svg" : "images/missing.svg"));

        Assert.All(results.Where((_, i) => i % 2 == 0), size => Assert.Equal((640, 360), size));
        Assert.All(results.Where((_, i) => i % 2 == 1), size => Assert.Null(size));
        Assert.Equal(1, reads["images/port.svg"]);
        Assert.Equal(1, reads["images/missing.svg"]);
    }
}
