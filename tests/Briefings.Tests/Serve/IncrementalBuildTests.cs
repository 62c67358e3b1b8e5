using System.IO.Abstractions;
using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Serve;

/// <summary>A <see cref="SiteBuilder"/> reused across builds redoes only what changed, and its pages are byte-identical to a fresh build's.</summary>
public sealed class IncrementalBuildTests
{
    [Fact]
    public async Task An_unchanged_site_renders_no_page_the_second_time()
    {
        using var site = new SiteFolder();
        for (var day = 1; day <= 12; day++)
        {
            site.Write($"item-{day}.md", SiteFolder.Article($"Item {day}", day: day));
        }

        var builder = new SiteBuilder(new FileSystem());
        var options = new BuildOptions { Now = BuiltSite.Now };

        var first = await builder.BuildAsync(site.Root, output: null, options, cancellationToken: TestContext.Current.CancellationToken);
        var second = await builder.BuildAsync(site.Root, output: null, options, cancellationToken: TestContext.Current.CancellationToken);

        var pages = first.Documents.Count(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal));
        Assert.True(first.Succeeded);
        Assert.True(pages > 14, "12 items, 2 feed pages and the tag, section and author pages");
        Assert.Equal(pages, first.PagesRendered);
        Assert.Equal(0, second.PagesRendered);
        Assert.Equal(pages, second.PagesReused);
    }

    /// <summary>
    /// The sample site has every page kind (items of each type, feed, tag, tag index, section, author, rail fragment, not
    /// found): each one's values must have generated serialization code (<c>PageFingerprintJson</c>), or its page could
    /// never be reused.
    /// </summary>
    [Fact]
    public async Task Every_page_of_the_unchanged_sample_site_is_reused_the_second_time()
    {
        var builder = new SiteBuilder(new FileSystem());
        var options = new BuildOptions { Now = BuiltSite.Now };

        var first = await builder.BuildAsync(RepositoryRoot.Path, output: null, options, cancellationToken: TestContext.Current.CancellationToken);
        var second = await builder.BuildAsync(RepositoryRoot.Path, output: null, options, cancellationToken: TestContext.Current.CancellationToken);

        var kinds = first.Documents.Where(d => d.Metadata.Contains(Briefings.Pages.PageModel.Key)).Select(d => d.Get(Briefings.Pages.PageModel.Key).Kind).ToHashSet(StringComparer.Ordinal);
        Assert.True(first.Succeeded);
        Assert.Superset(new HashSet<string>(["article", "quote", "video", "home", "tag", "tags", "section", "author", "rail", "404"], StringComparer.Ordinal), kinds);
        Assert.Empty(second.RenderedPages);
        Assert.Equal(first.PagesRendered, second.PagesReused);
    }

    [Fact]
    public async Task After_an_edit_the_reused_builder_writes_what_a_fresh_build_writes()
    {
        using var site = new SiteFolder();
        for (var day = 1; day <= 12; day++)
        {
            site.Write($"item-{day}.md", SiteFolder.Article($"Item {day}", day: day));
        }

        var options = new BuildOptions { Now = BuiltSite.Now };
        var reused = new SiteBuilder(new FileSystem());
        var first = await reused.BuildAsync(site.Root, output: null, options, cancellationToken: TestContext.Current.CancellationToken);
        site.Write("item-5.md", SiteFolder.Article("Item 5, retitled", body: "New words.", day: 5));
        site.Write("item-6.md", SiteFolder.Article("Item 6", day: 6, extra: "tags: [Other]").Replace("tags: [Russia]\n", string.Empty, StringComparison.Ordinal));

        var incremental = await reused.BuildAsync(site.Root, output: null, options, cancellationToken: TestContext.Current.CancellationToken);
        var fresh = await new SiteBuilder(new FileSystem()).BuildAsync(site.Root, output: null, options, cancellationToken: TestContext.Current.CancellationToken);

        // Related cards make a retitled item show up on other items' pages, so which pages change is
        // whatever the site model says; what must hold is that every page that changed was rendered again,
        // that the rest were reused, and that the result is what a fresh build writes.
        var rendered = incremental.RenderedPages.Select(key => key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]).ToHashSet(StringComparer.Ordinal);
        var before = first.Documents.ToDictionary(d => d.Id, d => d.Content.Hash, StringComparer.Ordinal);
        var changed = incremental.Documents
            .Where(d => d.Metadata.Contains(Briefings.Pages.PageModel.Key) && (!before.TryGetValue(d.Id, out var hash) || hash != d.Content.Hash))
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(incremental.Succeeded);
        Assert.Contains("item:item-5", changed);
        Assert.Subset(rendered, changed);
        Assert.True(incremental.PagesReused > 0, "pages the edit does not touch are reused");
        Assert.Equal(fresh.Documents.Select(d => d.Destination), incremental.Documents.Select(d => d.Destination));
        Assert.All(fresh.Documents.Zip(incremental.Documents), pair => Assert.Equal(pair.First.Content.Hash, pair.Second.Content.Hash));
    }
}
