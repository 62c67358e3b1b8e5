namespace Briefings.Cli.Serve;

/// <summary>
/// Watches what a build reads: content/, templates/ (with the theme's assets) and site.yml, never the
/// output. Editors save a file as several events (write, rename, attribute change); events are
/// coalesced until the tree has been quiet for <see cref="Quiet"/>, then <c>changed</c> is called once.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public SiteWatcher(string root, IEnumerable<string> folders, IEnumerable<string> files, Action changed)
    {
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            Watch(new FileSystemWatcher(folder) { IncludeSubdirectories = true });
        }

        foreach (var file in files)
        {
            Watch(new FileSystemWatcher(root, file) { IncludeSubdirectories = false });
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void Watch(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.Changed += (_, _) => Touched();
        watcher.Created += (_, _) => Touched();
        watcher.Deleted += (_, _) => Touched();
        watcher.Renamed += (_, _) => Touched();
        // An overflowing event buffer means changes were missed: rebuilding is always safe.
        watcher.Error += (_, _) => Touched();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    /// <summary>Every event pushes the timer back, so a burst ends in one call.</summary>
    private void Touched() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
}
