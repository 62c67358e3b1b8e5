namespace Briefings.Bench.Runner;

/// <summary>One timed build: wall time, CPU time (user + system) and peak resident memory of the build process.</summary>
public sealed record Measurement(TimeSpan Wall, TimeSpan Cpu, long PeakMemoryBytes);
