using System.IO.Abstractions;
using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Links;

/// <summary>Body links are read from the Markdown tree at the end of the Content pipeline, which then lets the tree go.</summary>
public sealed class BodyLinkTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_broken_link_and_a_missing_picture_are_reported_where_they_were_written(bool writes)
    {
        using var site = new SiteFolder();
        using var temp = new TemporaryDirectory();
        site.Write("item-1.md", SiteFolder.Article("Item 1", day: 1));
        var path = site.Write("item-2.md", SiteFolder.Article("Item 2", body: "See [the first](/item-1/), [nothing](/no-such-item/) and ![a map](/images/none.svg).", day: 2));
        var line = File.ReadAllLines(Path.Combine(site.Root, path)).ToList().FindIndex(l => l.Contains("no-such-item", StringComparison.Ordinal)) + 1;

        var report = await new SiteBuilder(new FileSystem()).BuildAsync(
            site.Root,
            writes ? temp.Combine("output") : null,
            new BuildOptions { Now = BuiltSite.Now },
            cancellationToken: TestContext.Current.CancellationToken);

        var problems = report.Diagnostics.Select(d => (d.Code, d.File, d.Line, d.Column)).ToList();
        Assert.Equal(
            [
                (DiagnosticCodes.BrokenInternalLink, "content/briefings/item-2.md", line, 28),
                (DiagnosticCodes.MissingImage, "content/briefings/item-2.md", line, 58),
            ],
            problems);
    }
}
