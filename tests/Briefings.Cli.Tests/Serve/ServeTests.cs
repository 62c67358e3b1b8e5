using Briefings.Cli.Serve;
using Briefings.Cli.Tests.Support;
using Briefings.Tests.Support;

namespace Briefings.Cli.Tests.Serve;

/// <summary>
/// <c>briefings serve</c> end to end: a real server on 127.0.0.1, real files edited on disk, pages read
/// over HTTP and reload events over server-sent events.
/// </summary>
public sealed class ServeTests
{
    private const string Edited = "edited-item";
    private const string Unrelated = "unrelated-item";

    [Fact]
    public async Task An_edit_rerenders_only_the_pages_that_show_the_item_and_reloads_open_pages()
    {
        using var site = SiteWithManyItems();
        await using var preview = await RunningPreview.StartAsync(site.Root);
        Assert.Equal("127.0.0.1", preview.Server.Url.Host);

        var (status, page) = await preview.GetPageAsync($"/{Edited}/");
        Assert.Equal(200, status);
        Assert.DoesNotContain("Freshly edited paragraph", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"script[src='{LiveReload.ScriptPath}']"));

        await preview.SubscribeAsync();
        var build = preview.Site.Build;
        site.Write($"{Edited}.md", SiteFolder.Article("Edited item", body: "Freshly edited paragraph.", day: 12));
        var reload = await preview.NextEventAsync();

        Assert.Equal(LiveReload.ReloadEvent, reload.EventType);
        Assert.Equal((build + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), reload.Data);
        (status, page) = await preview.GetPageAsync($"/{Edited}/");
        Assert.Equal(200, status);
        Assert.Contains("Freshly edited paragraph.", page.Body!.TextContent, StringComparison.Ordinal);

        var report = preview.Site.Report!;
        var rendered = report.RenderedPages.Select(key => key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]).ToHashSet(StringComparer.Ordinal);
        var affected = PagesShowing.Item(report, Edited);
        Assert.Contains($"item:{Edited}", affected);
        Assert.Contains(affected, id => id.StartsWith("home:", StringComparison.Ordinal));
        Assert.True(affected.Count < report.Documents.Count(d => d.Metadata.Contains(Briefings.Pages.PageModel.Key)), "an edit must not affect every page");
        Assert.Equal(affected.Order(StringComparer.Ordinal), rendered.Order(StringComparer.Ordinal));
        Assert.DoesNotContain($"item:{Unrelated}", rendered);
        Assert.Equal(report.PagesRendered + report.PagesReused, report.Documents.Count(d => d.Metadata.Contains(Briefings.Pages.PageModel.Key)));
    }

    [Fact]
    public async Task A_broken_edit_shows_its_errors_over_the_last_good_page()
    {
        using var site = SiteWithManyItems();
        await using var preview = await RunningPreview.StartAsync(site.Root);
        await preview.SubscribeAsync();

        site.Write($"{Edited}.md", "---\ntitle: \"Unclosed\ndate: 2025-01-12T09:00:00+00:00\n---\nBroken <script>alert(1)</script>.\n");
        Assert.Equal(LiveReload.ReloadEvent, (await preview.NextEventAsync()).EventType);

        var (status, page) = await preview.GetPageAsync($"/{Edited}/");
        Assert.Equal(200, status);
        var overlay = page.GetElementById(PageDecorator.OverlayId);
        Assert.NotNull(overlay);
        Assert.Contains(overlay.QuerySelectorAll("li"), li => li.TextContent.StartsWith($"content/briefings/{Edited}.md:2:", StringComparison.Ordinal) && li.TextContent.Contains("BRF001", StringComparison.Ordinal));
        Assert.Contains("Body of the edited item.", page.Body!.TextContent, StringComparison.Ordinal);

        site.Write($"{Edited}.md", SiteFolder.Article("Edited item", body: "Mended.", day: 12));
        Assert.Equal(LiveReload.ReloadEvent, (await preview.NextEventAsync()).EventType);
        (status, page) = await preview.GetPageAsync($"/{Edited}/");
        Assert.Equal(200, status);
        Assert.Null(page.GetElementById(PageDecorator.OverlayId));
        Assert.Contains("Mended.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_and_missing_pages_are_served_as_files_would_be()
    {
        using var site = SiteWithManyItems();
        await using var preview = await RunningPreview.StartAsync(site.Root);

        var (_, home) = await preview.GetPageAsync("/");
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/assets/site\.[0-9a-f]{10}\.css$", stylesheet);
        using var css = await preview.Http.GetAsync(stylesheet.TrimStart('/'), preview.Token);
        using var missing = await preview.Http.GetAsync("no-such-page/", preview.Token);
        using var script = await preview.Http.GetAsync(LiveReload.ScriptPath.TrimStart('/'), preview.Token);

        Assert.Equal(System.Net.HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(preview.Token), StringComparison.Ordinal);
    }

    /// <summary>25 articles (three feed pages of ten), one to edit and one unrelated to it.</summary>
    private static SiteFolder SiteWithManyItems()
    {
        var site = new SiteFolder();
        for (var day = 1; day <= 25; day++)
        {
            var name = day switch { 12 => Edited, 3 => Unrelated, _ => $"item-{day:00}" };
            var title = day switch { 12 => "Edited item", 3 => "Unrelated item", _ => $"Item {day}" };
            site.Write($"{name}.md", SiteFolder.Article(title, body: day == 12 ? "Body of the edited item." : $"Body {day}.", day: day));
        }

        return site;
    }
}
