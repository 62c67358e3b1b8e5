using Briefings.Engine.Caching;

namespace Briefings.Engine.Tests;

public sealed class BuildCacheTests
{
    [Fact]
    public void A_value_is_reused_while_its_fingerprint_is_unchanged()
    {
        var cache = new BuildCache();
        var made = 0;

        cache.BeginRun();
        var first = cache.GetOrAdd("scope", "a", "v1", () => ++made);
        var counts1 = cache.EndRun();
        cache.BeginRun();
        var second = cache.GetOrAdd("scope", "a", "v1", () => ++made);
        var counts2 = cache.EndRun();

        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal((0, 1), (counts1["scope"].Hits, counts1["scope"].Misses));
        Assert.Equal(["a"], counts1["scope"].Redone);
        Assert.Equal((1, 0), (counts2["scope"].Hits, counts2["scope"].Misses));
        Assert.Empty(counts2["scope"].Redone);
    }

    [Fact]
    public void A_new_fingerprint_redoes_the_work()
    {
        var cache = new BuildCache();
        cache.BeginRun();
        cache.GetOrAdd("scope", "a", "v1", () => "old");
        cache.EndRun();

        cache.BeginRun();
        var value = cache.GetOrAdd("scope", "a", "v2", () => "new");
        var counts = cache.EndRun();

        Assert.Equal("new", value);
        Assert.Equal(["a"], counts["scope"].Redone);
    }

    [Fact]
    public void Entries_a_run_did_not_use_are_dropped_in_the_scopes_it_used()
    {
        var cache = new BuildCache();
        cache.BeginRun();
        cache.GetOrAdd("pages", "kept", "f", () => 1);
        cache.GetOrAdd("pages", "removed", "f", () => 2);
        cache.GetOrAdd("other", "untouched", "f", () => 3);
        cache.EndRun();

        cache.BeginRun();
        cache.GetOrAdd("pages", "kept", "f", () => 10);
        cache.EndRun();
        cache.BeginRun();
        var removed = cache.GetOrAdd("pages", "removed", "f", () => 20);
        var untouched = cache.GetOrAdd("other", "untouched", "f", () => 30);
        cache.EndRun();

        Assert.Equal(20, removed);
        Assert.Equal(3, untouched);
    }

    [Fact]
    public void Clear_forgets_everything()
    {
        var cache = new BuildCache();
        cache.BeginRun();
        cache.GetOrAdd("scope", "a", "f", () => 1);
        cache.Clear();

        Assert.Equal(2, cache.GetOrAdd("scope", "a", "f", () => 2));
    }

    [Fact]
    public void A_cache_for_one_run_does_the_work_every_time_and_never_asks_for_a_fingerprint()
    {
        var cache = new BuildCache(remembers: false);
        var made = 0;

        cache.BeginRun();
        var first = cache.GetOrAdd("scope", "a", () => throw new InvalidOperationException("fingerprint computed"), () => ++made);
        var counts1 = cache.EndRun();
        cache.BeginRun();
        var second = cache.GetOrAdd("scope", "a", () => throw new InvalidOperationException("fingerprint computed"), () => ++made);
        var counts2 = cache.EndRun();

        Assert.False(cache.Remembers);
        Assert.Equal((1, 2), (first, second));
        Assert.Equal((0, 1), (counts1["scope"].Hits, counts1["scope"].Misses));
        Assert.Equal(["a"], counts2["scope"].Redone);
    }

    [Fact]
    public void A_remembering_cache_asks_for_the_fingerprint_lazily_and_reuses_by_it()
    {
        var cache = new BuildCache();
        var asked = 0;

        cache.BeginRun();
        cache.GetOrAdd("scope", "a", () => { asked++; return "f"; }, () => "made");
        cache.EndRun();
        cache.BeginRun();
        var reused = cache.GetOrAdd("scope", "a", () => { asked++; return "f"; }, () => "remade");
        cache.EndRun();

        Assert.Equal(("made", 2), (reused, asked));
    }
}
