using Briefings.Engine.Modules;

namespace Briefings.Engine.Pipelines;

/// <summary>
/// A named sequence of modules in four phases. Each phase starts from the previous phase's output
/// of the same pipeline (Input starts empty).
/// </summary>
public sealed class Pipeline
{
    public required string Name { get; init; }

    /// <summary>Pipelines whose Process phase must finish before this one's starts.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>
    /// Whether this pipeline's results are let go when the PostProcess phase has ended everywhere, instead of being
    /// kept to the end of the run: for a pipeline whose documents only its dependents' Process phases and PostProcess
    /// phases read (every source briefing, say), so that a large build does not hold them while it writes. Such a
    /// pipeline has no Output modules; reading its results in Output is an error, and they are not part of the run's
    /// result (<see cref="Execution.EngineResult.Outputs"/>).
    /// </summary>
    public bool ReleasedBeforeOutput { get; init; }

    public IReadOnlyList<IModule> Input { get; init; } = [];

    public IReadOnlyList<IModule> Process { get; init; } = [];

    public IReadOnlyList<IModule> PostProcess { get; init; } = [];

    public IReadOnlyList<IModule> Output { get; init; } = [];

    public IReadOnlyList<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        Phase.PostProcess => PostProcess,
        Phase.Output => Output,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    public override string ToString() => Name;
}
