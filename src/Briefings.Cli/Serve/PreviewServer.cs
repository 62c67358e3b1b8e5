using System.Net;
using Briefings.Content;
using Briefings.Site;
using Briefings.Templates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefings.Cli.Serve;

/// <summary>
/// <c>briefings serve</c>: Kestrel on 127.0.0.1 only, serving the site from memory (the files of the last
/// good build; the user's output/ folder is never touched), rebuilding in-process when a watched file
/// changes and telling open pages to reload.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Rebuilder _rebuilder;
    private readonly SiteWatcher? _watcher;

    private PreviewServer(WebApplication app, Rebuilder rebuilder, SiteWatcher? watcher, Uri url)
    {
        _app = app;
        _rebuilder = rebuilder;
        _watcher = watcher;
        Url = url;
    }

    /// <summary>The address pages are served at: http://127.0.0.1:port/.</summary>
    public Uri Url { get; }

    public Rebuilder Rebuilder => _rebuilder;

    /// <summary>Binds 127.0.0.1 (port 0 picks a free one), builds the site once, then starts watching.</summary>
    public static async Task<PreviewServer> StartAsync(string root, int port, BuildOptions options, Action<PreviewSite>? built = null, CancellationToken cancellationToken = default)
    {
        root = Path.GetFullPath(root);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();

        var liveReload = new LiveReload();
        var decorator = new PageDecorator();
        Rebuilder? rebuilder = null;
        app.MapGet(LiveReload.EventsPath, (CancellationToken aborted) => TypedResults.ServerSentEvents(liveReload.Listen(aborted)));
        app.MapGet(LiveReload.ScriptPath, () => TypedResults.Text(LiveReloadScript.Text, "text/javascript; charset=utf-8"));
        // Every other path, files with extensions included (the default fallback pattern skips those).
        app.MapFallback("{**path}", (HttpContext http) => Serve(http, rebuilder!.Site, decorator));

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var url = new Uri(address.EndsWith('/') ? address : address + "/");

        // Pages link to the preview itself, so canonical links and absolute URLs work while previewing.
        rebuilder = new Rebuilder(new SiteBuilder(new System.IO.Abstractions.FileSystem()), root, () => options with { Now = DateTimeOffset.UtcNow, BaseUrl = url }, liveReload);
        if (built is not null)
        {
            rebuilder.Built += built;
        }

        await rebuilder.StartAsync(cancellationToken);
        var watcher = new SiteWatcher(root, [ContentFeature.Directory, TemplateSet.Directory], [SiteSettings.FileName], rebuilder.Request);
        return new PreviewServer(app, rebuilder, watcher, url);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _rebuilder.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private static IResult Serve(HttpContext http, PreviewSite site, PageDecorator decorator)
    {
        if (!site.HasSite)
        {
            return site.Failed
                ? Results.Content(decorator.ErrorPage(site.Errors), "text/html; charset=utf-8", statusCode: StatusCodes.Status500InternalServerError)
                : Results.Text("The site is being built; reload in a moment.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var path = http.Request.Path.Value ?? "/";
        var file = site.Find(path, out var isFolder);
        if (isFolder)
        {
            return Results.Redirect(path + "/");
        }

        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            status = StatusCodes.Status404NotFound;
            file = site.Files.GetValueOrDefault("404.html");
            if (file is null)
            {
                return Results.NotFound();
            }
        }

        if (!file.Destination!.EndsWith(".html", StringComparison.Ordinal))
        {
            var type = ContentTypes.TryGetContentType(file.Destination, out var known) ? known : "application/octet-stream";
            return Results.Bytes(file.Content.Bytes.ToArray(), type);
        }

        var html = decorator.Decorate(file.Content.Text, file.Content.Hash, site.Errors);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
