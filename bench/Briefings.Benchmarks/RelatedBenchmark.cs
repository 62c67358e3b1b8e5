using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Briefings.Related;

namespace Briefings.Benchmarks;

/// <summary>
/// Related cards for every item of a 10,000-item catalog: tokenising, indexing and scoring, which is
/// all a build spends on them. The catalog is generated once, outside the measurement.
/// </summary>
[MemoryDiagnoser]
public class RelatedBenchmark
{
    private ImmutableArray<RelatedDocument> _catalog;

    [Params(10_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup() => _catalog = SyntheticCatalog.Create(Items);

    [Benchmark]
    public int ScoreAll() => RelatedScorer.Score(_catalog, 4).Count;
}
