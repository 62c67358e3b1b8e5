using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Briefings.Browser.Tests.Support;

/// <summary>
/// Serves a built site folder over HTTP on 127.0.0.1 with Kestrel, as a static host would: `/x/` serves
/// `/x/index.html`, and an unknown path gets the site's 404.html with status 404 (a plain 404 without one).
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    public const string NotFoundPage = "404.html";

    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, "http://127.0.0.1:PORT/".</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts serving <paramref name="folder"/> on a free port.</summary>
    public static async Task<StaticSiteServer> StartAsync(string folder, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));

        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.Run(context => ServeNotFoundAsync(context, files));

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The absolute URL of a root-relative path such as "/page/2/".</summary>
    public Uri Url(string path) => new(BaseAddress, path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task ServeNotFoundAsync(HttpContext context, IFileProvider files)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = files.GetFileInfo(NotFoundPage);
        if (page.Exists)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page, context.RequestAborted);
        }
    }
}
