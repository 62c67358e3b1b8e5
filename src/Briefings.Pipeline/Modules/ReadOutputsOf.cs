using System.Collections.Immutable;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Engine.Modules;

/// <summary>Appends other pipelines' outputs to the inputs, subject to the phase's visibility rules.</summary>
public sealed class ReadOutputsOf(params string[] pipelines) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var result = inputs.ToBuilder();
        foreach (var pipeline in pipelines)
        {
            result.AddRange(context.OutputsOf(pipeline));
        }

        return Task.FromResult(result.ToImmutable());
    }
}
