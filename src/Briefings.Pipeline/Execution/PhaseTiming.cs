using Briefings.Engine.Pipelines;

namespace Briefings.Engine.Execution;

/// <summary>How long one pipeline spent in one phase and how many documents it ended with.</summary>
/// <param name="AllocatedBytes">
/// Managed memory allocated during the phase; known only in a serial run, where nothing else runs beside
/// the phase (in a parallel run the process-wide count would mix in other pipelines' work), else null.
/// </param>
public sealed record PhaseTiming(string Pipeline, Phase Phase, TimeSpan Elapsed, int Documents, long? AllocatedBytes = null);
