using System.Collections.Immutable;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Engine.Modules;

/// <summary>
/// Writes every document that has a destination into the output folder of this run (a staging
/// folder: the engine swaps it in only when the whole build succeeded; a file whose bytes are already
/// there is not rewritten). Two documents aiming at one path, or a destination that would leave the
/// output folder, are errors.
/// </summary>
public sealed class WriteFiles : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var output = context.Output
            ?? throw new InvalidOperationException("WriteFiles runs in the Output phase of a build that has an output folder.");

        var writable = new List<Document>();
        foreach (var group in inputs.Where(d => d.Destination is not null).GroupBy(d => d.Destination!, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                var sources = string.Join(", ", group.Select(d => d.ToString()).Order(StringComparer.Ordinal));
                context.Diagnostics.Add(Diagnostic.Error("PIPE002", $"Several documents would be written to '{group.Key}': {sources}.", group.First().Source));
                continue;
            }

            writable.Add(group.Single());
        }

        context.ForEachDocument([.. writable], document =>
        {
            output.Write(document.Destination!, document.Content.Bytes, document.Source);
            return document;
        });
        return Task.FromResult(inputs);
    }
}
