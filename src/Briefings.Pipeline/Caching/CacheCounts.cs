using System.Collections.Immutable;

namespace Briefings.Engine.Caching;

/// <summary>
/// How often one cache scope was answered from a previous run (hits) or had to do the work (misses) in
/// a run, and the keys whose work was done, in ordinal order.
/// </summary>
public sealed record CacheCounts(int Hits, int Misses, ImmutableArray<string> Redone);
