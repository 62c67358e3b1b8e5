using System.Collections.Concurrent;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Briefings.Cli.Serve;

/// <summary>
/// Tells every open page that the site was rebuilt, as server-sent events: a "hello" when a page
/// connects, then a "reload" carrying the build number after each rebuild (good or failed).
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/_briefings/events";
    public const string ScriptPath = "/_briefings/live-reload.js";
    public const string HelloEvent = "hello";
    public const string ReloadEvent = "reload";

    private readonly ConcurrentDictionary<Channel<int>, byte> _listeners = new();

    public int Listeners => _listeners.Count;

    public void Announce(int build)
    {
        foreach (var listener in _listeners.Keys)
        {
            listener.Writer.TryWrite(build);
        }
    }

    public async IAsyncEnumerable<SseItem<string>> Listen([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        _listeners[channel] = 0;
        try
        {
            yield return new SseItem<string>("connected", HelloEvent);
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var build))
                {
                    yield return new SseItem<string>(build.ToString(System.Globalization.CultureInfo.InvariantCulture), ReloadEvent);
                }
            }
        }
        finally
        {
            _listeners.TryRemove(channel, out _);
        }
    }
}
