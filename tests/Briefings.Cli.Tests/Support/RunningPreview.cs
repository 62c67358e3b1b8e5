using System.Net.ServerSentEvents;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefings.Cli.Serve;
using Briefings.Site;

namespace Briefings.Cli.Tests.Support;

/// <summary>A preview server on a free port of 127.0.0.1, an HTTP client for it, and its event stream.</summary>
public sealed class RunningPreview : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly CancellationTokenSource _timeout;
    private IAsyncEnumerator<SseItem<string>>? _events;
    private HttpResponseMessage? _eventResponse;

    private RunningPreview(PreviewServer server, TimeSpan timeout)
    {
        Server = server;
        _timeout = new CancellationTokenSource(timeout);
        Http = new HttpClient { BaseAddress = server.Url, Timeout = timeout };
    }

    public PreviewServer Server { get; }

    public HttpClient Http { get; }

    public CancellationToken Token => _timeout.Token;

    public PreviewSite Site => Server.Rebuilder.Site;

    /// <summary>Starts a preview of <paramref name="root"/>; everything the test does with it must end within the timeout (60 s by default).</summary>
    public static async Task<RunningPreview> StartAsync(string root, TimeSpan? timeout = null) =>
        new(await PreviewServer.StartAsync(root, 0, new BuildOptions(), cancellationToken: TestContext.Current.CancellationToken), timeout ?? Timeout);

    public async Task<(int Status, IDocument Page)> GetPageAsync(string path)
    {
        using var response = await Http.GetAsync(path.TrimStart('/'), Token);
        var html = await response.Content.ReadAsStringAsync(Token);
        return ((int)response.StatusCode, new HtmlParser().ParseDocument(html));
    }

    /// <summary>Connects to the event stream and waits for its greeting, so no later event can be missed.</summary>
    public async Task SubscribeAsync()
    {
        _eventResponse = await Http.GetAsync(LiveReload.EventsPath.TrimStart('/'), HttpCompletionOption.ResponseHeadersRead, Token);
        _eventResponse.EnsureSuccessStatusCode();
        var stream = await _eventResponse.Content.ReadAsStreamAsync(Token);
        _events = SseParser.Create(stream).EnumerateAsync(Token).GetAsyncEnumerator(Token);
        var hello = await NextEventAsync();
        Assert.Equal(LiveReload.HelloEvent, hello.EventType);
    }

    public async Task<SseItem<string>> NextEventAsync()
    {
        Assert.True(await _events!.MoveNextAsync(), "the event stream ended");
        return _events.Current;
    }

    public async ValueTask DisposeAsync()
    {
        if (_events is not null)
        {
            await _timeout.CancelAsync();
            try
            {
                await _events.DisposeAsync();
            }
            catch (OperationCanceledException)
            {
                // the stream was cut on purpose
            }
        }

        _eventResponse?.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
        _timeout.Dispose();
    }
}
