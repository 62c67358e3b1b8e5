using System.Globalization;
using System.IO.Abstractions;
using AngleSharp.Html.Parser;
using Briefings.Engine.Caching;
using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Pages;

/// <summary>
/// A one-off build renders each page into a rented array that the writer gives back once the page is written, and the
/// next page may get it. No page may show another's bytes, and pages kept beyond the write (a preview's cache, a run
/// that writes nothing) own arrays of their own, untouched by later builds' pages.
/// </summary>
public sealed class LeasedPageBytesTests
{
    private static readonly BuildOptions Options = new() { Now = BuiltSite.Now };

    [Fact]
    public async Task Pages_of_many_lengths_written_through_the_pool_on_every_core_are_the_pages_a_check_renders()
    {
        using var site = SiteOfManyLengths("Leased", 48);
        using var output = new TemporaryDirectory();
        var cancel = TestContext.Current.CancellationToken;

        var check = await new SiteBuilder(new FileSystem()).BuildAsync(site.Root, output: null, Options, cancellationToken: cancel);
        var built = await OneOffBuilder().BuildAsync(site.Root, output.Path, Options, cancellationToken: cancel);

        Assert.True(built.Published, string.Join("\n", built.Diagnostics));
        var pages = check.Documents.Where(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 50, "48 items and the lists around them");
        Assert.All(pages, page => Assert.Equal(page.Content.Bytes.ToArray(), File.ReadAllBytes(output.Combine(page.Destination!.Split('/')))));

        var parser = new HtmlParser();
        for (var i = 0; i < 48; i++)
        {
            var item = parser.ParseDocument(File.ReadAllText(output.Combine($"leased-{i}", "index.html")));
            Assert.Equal(Title("Leased", i), item.QuerySelector("h1")?.TextContent.Trim());
            Assert.Equal(i * 40 + 1, item.QuerySelectorAll("article p span.w").Length);
        }
    }

    [Fact]
    public async Task Pages_a_preview_keeps_stay_intact_while_other_builds_write_through_the_pool()
    {
        using var kept = SiteOfManyLengths("Kept", 24);
        using var other = SiteOfManyLengths("Other", 48);
        using var keptOutput = new TemporaryDirectory();
        using var otherOutput = new TemporaryDirectory();
        var cancel = TestContext.Current.CancellationToken;
        var preview = new SiteBuilder(new FileSystem());

        var first = await preview.BuildAsync(kept.Root, output: null, Options, cancellationToken: cancel);
        var pages = first.Documents.ToDictionary(d => d.Destination!, d => d.Content.Bytes.ToArray(), StringComparer.Ordinal);
        await OneOffBuilder().BuildAsync(other.Root, otherOutput.Path, Options, cancellationToken: cancel);
        var written = await preview.BuildAsync(kept.Root, keptOutput.Path, Options, cancellationToken: cancel);
        await OneOffBuilder().BuildAsync(other.Root, otherOutput.Path, Options, cancellationToken: cancel);
        var again = await preview.BuildAsync(kept.Root, output: null, Options, cancellationToken: cancel);

        Assert.All(first.Documents, d => Assert.Equal(pages[d.Destination!], d.Content.Bytes.ToArray()));
        Assert.True(written.Published, string.Join("\n", written.Diagnostics));
        Assert.Equal(0, written.PagesRendered);
        Assert.All(pages, page => Assert.Equal(page.Value, File.ReadAllBytes(keptOutput.Combine(page.Key.Split('/')))));
        Assert.Equal(0, again.PagesRendered);
        Assert.All(again.Documents, d => Assert.Equal(pages[d.Destination!], d.Content.Bytes.ToArray()));
    }

    /// <summary>What the CLI's build uses: a cache that keeps nothing, so pages are leased.</summary>
    private static SiteBuilder OneOffBuilder() => new(new FileSystem()) { Cache = new BuildCache(remembers: false) };

    /// <summary>Items whose bodies grow by 40 words each (page sizes from a few to tens of kilobytes), with non-ASCII titles.</summary>
    private static SiteFolder SiteOfManyLengths(string name, int items)
    {
        var site = new SiteFolder();
        for (var i = 0; i < items; i++)
        {
            var words = string.Join(' ', Enumerable.Range(0, i * 40 + 1).Select(w => string.Create(CultureInfo.InvariantCulture, $"<span class=\"w\">{name}-{i}-{w}</span>")));
            site.Write($"{name.ToLowerInvariant()}-{i}.md", SiteFolder.Article(Title(name, i), body: $"<p>{words}</p>", day: 1 + (i % 28)));
        }

        return site;
    }

    private static string Title(string name, int i) => string.Create(CultureInfo.InvariantCulture, $"{name} {i} — ünïcode 😀 & more");
}
