using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Browser.Tests.Support;

/// <summary>
/// The sample site built into a temporary folder, served on 127.0.0.1 and opened in one headless Chromium,
/// shared by every test of the collection. Each test opens its own browser context (cookies, viewport,
/// JavaScript switch) from <see cref="NewContextAsync"/>.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Flags for a quiet, headless Chromium in a container: nothing it starts by itself reaches the network.</summary>
    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private string? _unavailable;
    private BuiltSite? _site;
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IReadOnlyList<BuiltItem>? _items;

    /// <summary>The built sample site, to read its pages as HTML (for expectations the browser should meet).</summary>
    public BuiltSite Site => Ready(_site);

    public StaticSiteServer Server => Ready(_server);

    /// <summary>Every published item as the build wrote it (read once, on first use).</summary>
    public IReadOnlyList<BuiltItem> Items => _items ??= BuiltItems.Read(Site);

    public async ValueTask InitializeAsync()
    {
        var chromium = ChromiumLocator.Find();
        if (chromium is null)
        {
            // In CI the browser tests must run: failing here fails every test of the collection.
            if (ChromiumLocator.IsCi)
            {
                throw new InvalidOperationException(ChromiumLocator.MissingMessage + " CI=true, so the browser tests cannot be skipped.");
            }

            _unavailable = ChromiumLocator.MissingMessage;
            return;
        }

        _site = BuiltSite.BuildSample();
        if (!_site.Report.Succeeded)
        {
            throw new InvalidOperationException("The sample site did not build: " + string.Join(Environment.NewLine, _site.Report.Diagnostics));
        }

        // The machine running the tests may be busy: give the browser time before an expectation fails.
        Assertions.SetDefaultExpectTimeout(10_000);
        _server = await StaticSiteServer.StartAsync(_site.Output);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser context whose requests may only reach the test server (everything else, such as
    /// video embeds, is aborted so that no test waits on the network). Skips the test when Chromium is missing.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light)
    {
        if (_unavailable is not null)
        {
            Assert.Skip(_unavailable);
        }

        var context = await Ready(_browser).NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ColorScheme = colorScheme,
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(10_000);

        // Page loads get longer: in CI the other test suites run beside the browser on two cores, and a
        // navigation's load event was seen to take past 10 s there while every action stayed quick.
        context.SetDefaultNavigationTimeout(30_000);
        var origin = Server.BaseAddress.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync(
            url => !url.StartsWith(origin + "/", StringComparison.Ordinal),
            route => route.AbortAsync("blockedbyclient"));
        return context;
    }

    /// <summary>Opens a root-relative path in a new page of <paramref name="context"/> and checks the server's answer (200 unless told).</summary>
    public async Task<IPage> OpenAsync(IBrowserContext context, string path, int status = 200)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(Server.Url(path).AbsoluteUri);
        Assert.NotNull(response);
        Assert.True(response.Status == status, $"{path} answered {response.Status}, not {status}");
        return page;
    }

    /// <summary>Opens the page of a kind listed in <see cref="PageKinds"/>, expecting the status that kind is served with.</summary>
    public Task<IPage> OpenKindAsync(IBrowserContext context, string kind) =>
        OpenAsync(context, PageKinds.Paths[kind], PageKinds.StatusOf(kind));

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site?.Dispose();
    }

    private T Ready<T>(T? value)
        where T : class
    {
        if (_unavailable is not null)
        {
            Assert.Skip(_unavailable);
        }

        return value ?? throw new InvalidOperationException("The browser fixture is not initialised.");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
