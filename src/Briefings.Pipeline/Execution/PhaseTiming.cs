using Briefings.Engine.Pipelines;

namespace Briefings.Engine.Execution;

public sealed record PhaseTiming(string Pipeline, Phase Phase, TimeSpan Elapsed, int Documents);
