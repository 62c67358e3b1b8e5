using System.Collections.Immutable;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Engine.Modules;

/// <summary>
/// Runs a module only in a run that writes no output folder (a check, or a preview that serves from
/// memory), where its results are what the run hands back; a run that writes does the same work in its
/// Output phase, per-document steps one document at a time inside <see cref="WriteFiles"/>, so each
/// result lives only until it is written (several steps: <see cref="ForEachDocument"/>).
/// </summary>
public sealed class UnlessWriting(IModule module) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        context.Settings.OutputDirectory is null ? module.ExecuteAsync(inputs, context) : Task.FromResult(inputs);
}
