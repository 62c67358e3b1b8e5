using Briefings.Site;
using Briefings.Tests.Publishing.Support;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

public sealed class ShuffledInputTests
{
    [Fact]
    public async Task Builds_that_list_files_in_different_orders_give_byte_identical_output()
    {
        using var site = new SampleSiteCopy();
        var options = new BuildOptions { Now = BuiltSite.Now };
        var first = Path.Combine(site.Outputs, "first");
        var second = Path.Combine(site.Outputs, "second");

        var a = await new SiteBuilder(new ShufflingFileSystem(seed: 1)).BuildAsync(site.Root, first, options, cancellationToken: TestContext.Current.CancellationToken);
        var b = await new SiteBuilder(new ShufflingFileSystem(seed: 2)).BuildAsync(site.Root, second, options, serial: true, TestContext.Current.CancellationToken);

        Assert.True(a.Published, string.Join(Environment.NewLine, a.Diagnostics));
        Assert.True(b.Published, string.Join(Environment.NewLine, b.Diagnostics));
        var snapshot = SampleSiteCopy.Snapshot(first);
        Assert.True(snapshot.Count > 100, $"only {snapshot.Count} files");
        Assert.Equal(snapshot, SampleSiteCopy.Snapshot(second));
    }

    [Fact]
    public void The_shuffling_file_system_really_shuffles()
    {
        using var site = new SampleSiteCopy();
        var folder = Path.Combine(site.Root, "content", "briefings");
        var listings = Enumerable.Range(1, 3).Select(seed => new ShufflingFileSystem(seed).Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList()).ToList();

        Assert.Equal(listings[0].Order(StringComparer.Ordinal), listings[1].Order(StringComparer.Ordinal));
        Assert.True(listings.Distinct(new SequenceComparer()).Count() > 1, "three seeds gave the same order");
    }

    private sealed class SequenceComparer : IEqualityComparer<List<string>>
    {
        public bool Equals(List<string>? x, List<string>? y) => x!.SequenceEqual(y!);

        public int GetHashCode(List<string> obj) => obj.Count;
    }
}
