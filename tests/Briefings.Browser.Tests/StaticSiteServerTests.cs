using System.Net;
using Briefings.Browser.Tests.Support;
using Briefings.Tests.Support;

namespace Briefings.Browser.Tests;

/// <summary>The test server behaves like a static host. These need no browser, so they always run.</summary>
public sealed class StaticSiteServerTests
{
    [Fact]
    public async Task Serves_files_and_directory_urls_from_their_index()
    {
        using var folder = new TemporaryDirectory();
        Write(folder, "index.html", "<h1>home</h1>");
        Write(folder, "page/2/index.html", "<h1>page two</h1>");
        Write(folder, "assets/site.css", "body{}");
        await using var server = await StaticSiteServer.StartAsync(folder.Path, TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.Equal("<h1>home</h1>", await client.GetStringAsync("/", TestContext.Current.CancellationToken));
        Assert.Equal("<h1>page two</h1>", await client.GetStringAsync("/page/2/", TestContext.Current.CancellationToken));
        using var css = await client.GetAsync("/assets/site.css", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_paths_get_the_sites_404_page_with_status_404()
    {
        using var folder = new TemporaryDirectory();
        Write(folder, "index.html", "<h1>home</h1>");
        Write(folder, "404.html", "<h1>not found</h1>");
        await using var server = await StaticSiteServer.StartAsync(folder.Path, TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync("/no-such-briefing/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<h1>not found</h1>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Unknown_paths_get_a_plain_404_when_the_site_has_no_404_page()
    {
        using var folder = new TemporaryDirectory();
        Write(folder, "index.html", "<h1>home</h1>");
        await using var server = await StaticSiteServer.StartAsync(folder.Path, TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await client.GetAsync("/missing.html", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static void Write(TemporaryDirectory folder, string relative, string text)
    {
        var path = folder.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
