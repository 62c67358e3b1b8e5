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

    /// <summary>Told each time a pipeline finishes a phase, for progress displays.</summary>
    public IProgress<PhaseTiming>? Progress { get; init; }
}
