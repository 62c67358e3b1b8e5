using System.Collections.Immutable;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Engine.Modules;

/// <summary>
/// Runs its steps only in a run that writes no output folder (a check, or a preview that serves from
/// memory), where their results are what the run hands back. A run that writes does the same steps one
/// document at a time inside <see cref="WriteFiles"/>, so each result lives only until it is written.
/// Either way each document goes through every step in turn (<see cref="ForEachDocument"/>).
/// </summary>
public sealed class UnlessWriting(params PerDocumentModule[] steps) : IModule
{
    private readonly ForEachDocument _steps = new(steps);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        context.Settings.OutputDirectory is null ? _steps.ExecuteAsync(inputs, context) : Task.FromResult(inputs);
}
