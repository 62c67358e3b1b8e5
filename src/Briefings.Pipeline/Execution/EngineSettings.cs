namespace Briefings.Engine.Execution;

public sealed record EngineSettings
{
    /// <summary>Absolute path of the folder that modules read from.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>Absolute path of the folder the Output phase publishes to; null for a run that writes nothing (a check).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Run one pipeline and one document at a time: for debugging, and to prove parallel runs agree.</summary>
    public bool Serial { get; init; }

    /// <summary>Folders the output may never be, nor contain: the root is always protected.</summary>
    public IReadOnlyList<string> ProtectedDirectories { get; init; } = [];

    /// <summary>Results kept across runs (a preview server's rebuilds); null gives each run an empty cache.</summary>
    public Caching.BuildCache? Cache { get; init; }

    /// <summary>
    /// When the engine lets go of the results of pipelines released before Output and the GC then holds at least this
    /// many bytes, it collects and compacts the whole heap once and returns the freed memory to the operating system
    /// before Output starts (<see cref="MemoryReturn"/>); null: never. A large build's peak memory is otherwise set by
    /// when the GC's own budgets next call for a full collection, long after those results became garbage: with
    /// 100,000 briefings, ~1.8 GB held when the Content pipeline's documents are let go, ~0.9 GB alive after them.
    /// A full collection of a heap that size takes about a second, so smaller builds (10,000 briefings hold ~0.45 GB)
    /// are left to the GC.
    /// </summary>
    public long? ReturnMemoryAbove { get; init; } = 1L << 30;

    /// <summary>
    /// Whether content released once written or read (<see cref="Documents.DocumentContent.Release"/>) keeps its SHA-256,
    /// for whatever reads it after: a manifest of the written files, a preview server comparing builds. A one-off build
    /// that needs neither passes false and hashes nothing it was not asked for.
    /// </summary>
    public bool KeepsHashes { get; init; } = true;

    /// <summary>Told each time a pipeline finishes a phase, for progress displays.</summary>
    public IProgress<PhaseTiming>? Progress { get; init; }
}
