using System.Collections.Immutable;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Engine.Modules;

/// <summary>
/// Runs its modules only in a run that writes no output folder (a check, or a preview that serves from
/// memory), where their results are what the run hands back. A run that writes does the same steps one
/// document at a time inside <see cref="WriteFiles"/>, so each result lives only until it is written.
/// </summary>
public sealed class UnlessWriting(params PerDocumentModule[] modules) : IModule
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (context.Settings.OutputDirectory is not null)
        {
            return inputs;
        }

        var documents = inputs;
        foreach (var module in modules)
        {
            documents = await module.ExecuteAsync(documents, context);
        }

        return documents;
    }
}
