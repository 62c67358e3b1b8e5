using System.Threading.Channels;
using Briefings.Engine.Diagnostics;
using Briefings.Site;

namespace Briefings.Cli.Serve;

/// <summary>
/// Runs the preview's builds one at a time with one <see cref="SiteBuilder"/>, so caches carry over.
/// Requests that arrive while a build runs are folded into a single next build. Each build's result
/// becomes the served <see cref="PreviewSite"/> and is announced to open pages.
/// </summary>
public sealed class Rebuilder(SiteBuilder builder, string root, Func<BuildOptions> options, LiveReload liveReload) : IAsyncDisposable
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private Task? _loop;
    private PreviewSite _site = PreviewSite.Empty;

    /// <summary>What is served now; replaced whole after each build.</summary>
    public PreviewSite Site => Volatile.Read(ref _site);

    /// <summary>Called after each build with the new state (for the console).</summary>
    public event Action<PreviewSite>? Built;

    /// <summary>Builds once, then keeps building whenever <see cref="Request"/> is called.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await BuildAsync(cancellationToken);
        _loop = Task.Run(LoopAsync, CancellationToken.None);
    }

    public void Request() => _requests.Writer.TryWrite(true);

    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _stopping.CancelAsync();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    private async Task LoopAsync()
    {
        try
        {
            await foreach (var _ in _requests.Reader.ReadAllAsync(_stopping.Token))
            {
                await BuildAsync(_stopping.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        PreviewSite site;
        try
        {
            site = Site.After(await builder.BuildAsync(root, output: null, options(), cancellationToken: cancellationToken));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A crash is shown like any failed build; the last good site stays up.
            site = Site with { Errors = [Diagnostic.Error("PIPE001", $"The build crashed: {e.Message}")], Build = Site.Build + 1 };
        }

        Volatile.Write(ref _site, site);
        Built?.Invoke(site);
        liveReload.Announce(site.Build);
    }
}
