using System.Collections.Immutable;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;

namespace Briefings.Engine.Execution;

public sealed record EngineResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, ImmutableArray<Document>> Outputs,
    IReadOnlyList<PhaseTiming> Timings,
    bool Published)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Per cache scope, how much work this run reused from earlier runs and how much it redid.</summary>
    public IReadOnlyDictionary<string, Caching.CacheCounts> CacheCounts { get; init; } = new Dictionary<string, Caching.CacheCounts>();

    /// <summary>The memory given back before Output (<see cref="EngineSettings.ReturnMemoryAbove"/>), or null if none was.</summary>
    public MemoryReturn? MemoryReturned { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>The documents each pipeline ended with (after its last phase that ran).</summary>
    public ImmutableArray<Document> OutputsOf(string pipeline) => Outputs.TryGetValue(pipeline, out var documents) ? documents : [];
}
