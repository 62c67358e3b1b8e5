using System.Collections.Concurrent;

namespace Briefings.Engine.Caching;

/// <summary>
/// Results kept from one run to the next, so a rebuild redoes only the work whose inputs changed.
/// Entries live in named scopes (one per kind of work, e.g. a module), keyed by a stable id (a source
/// path, a page id) and valid for one fingerprint (a hash of everything the result depends on).
/// The engine knows nothing of what is cached: callers choose the scope, key and fingerprint.
/// An entry no run has asked for is dropped when a run that used its scope ends, so removed
/// sources do not linger.
/// </summary>
/// <param name="remembers">
/// False for a cache that lives for one run only (a one-off build): it stores nothing and never computes
/// a fingerprint, since no later run could use either; it still counts the work done.
/// </param>
public sealed class BuildCache(bool remembers = true)
{
    private readonly ConcurrentDictionary<string, Scope> _scopes = new(StringComparer.Ordinal);
    private int _run;

    /// <summary>Whether results are kept for later runs (see the constructor).</summary>
    public bool Remembers { get; } = remembers;

    /// <summary>
    /// The cached value for this key if it was made from the same fingerprint, else the result of
    /// <paramref name="create"/>, which is stored. Counts a hit or a miss for the current run.
    /// </summary>
    public T GetOrAdd<T>(string scope, string key, string fingerprint, Func<T> create) => GetOrAdd(scope, key, () => fingerprint, create);

    /// <inheritdoc cref="GetOrAdd{T}(string, string, string, Func{T})"/>
    /// <remarks>The fingerprint is computed only when a cache that remembers needs it.</remarks>
    public T GetOrAdd<T>(string scope, string key, Func<string> fingerprintOf, Func<T> create)
    {
        var entries = _scopes.GetOrAdd(scope, _ => new Scope());
        if (!Remembers)
        {
            Interlocked.Increment(ref entries.Misses);
            entries.Redone.Enqueue(key);
            return create();
        }

        var run = Volatile.Read(ref _run);
        var fingerprint = fingerprintOf();
        if (entries.Items.TryGetValue(key, out var entry) && entry.Fingerprint == fingerprint && entry.Value is T cached)
        {
            entries.Items[key] = entry with { LastRun = run };
            Interlocked.Increment(ref entries.Hits);
            return cached;
        }

        var value = create();
        entries.Items[key] = new Entry(fingerprint, value, run);
        Interlocked.Increment(ref entries.Misses);
        entries.Redone.Enqueue(key);
        return value;
    }

    /// <summary>Starts counting a new run.</summary>
    public void BeginRun()
    {
        Interlocked.Increment(ref _run);
        foreach (var scope in _scopes.Values)
        {
            scope.Hits = 0;
            scope.Misses = 0;
            scope.Redone.Clear();
        }
    }

    /// <summary>Drops entries this run did not use, in the scopes it used, and returns the run's counts per scope.</summary>
    public IReadOnlyDictionary<string, CacheCounts> EndRun()
    {
        var counts = new SortedDictionary<string, CacheCounts>(StringComparer.Ordinal);
        foreach (var (name, scope) in _scopes)
        {
            if (scope.Hits + scope.Misses == 0)
            {
                continue;
            }

            foreach (var (key, entry) in scope.Items)
            {
                if (entry.LastRun != _run)
                {
                    scope.Items.TryRemove(key, out _);
                }
            }

            counts[name] = new CacheCounts(scope.Hits, scope.Misses, [.. scope.Redone.Order(StringComparer.Ordinal)]);
        }

        return counts;
    }

    /// <summary>Forgets everything (when something every result depends on has changed).</summary>
    public void Clear() => _scopes.Clear();

    private sealed record Entry(string Fingerprint, object? Value, int LastRun);

    private sealed class Scope
    {
        public readonly ConcurrentDictionary<string, Entry> Items = new(StringComparer.Ordinal);
        public readonly ConcurrentQueue<string> Redone = new();
        public int Hits;
        public int Misses;
    }
}
