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
/// <remarks>
/// Documents stream through: each is first put through the given <paramref name="prepare"/> steps (the
/// rendering that makes its bytes, say), then written, and keeps only its content's length and hash (the hash
/// if the run <see cref="EngineSettings.KeepsHashes"/>; <see cref="DocumentContent.Release"/>), so a build holds a file's bytes only while writing it, not
/// every file until the end. A run that writes nothing does the same steps in <see cref="UnlessWriting"/>.
/// The steps run with <see cref="PipelineContext.PreparesForWriting"/> set, so they may lease the bytes they make
/// (<see cref="DocumentContent.FromLease"/>): releasing the written content gives the lease back.
/// </remarks>
public sealed class WriteFiles(params PerDocumentModule[] prepare) : IModule
{
    private readonly ForEachDocument _prepare = new(prepare);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var output = context.Output
            ?? throw new InvalidOperationException("WriteFiles runs in the Output phase of a build that has an output folder.");

        var duplicates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in inputs.Where(d => d.Destination is not null).GroupBy(d => d.Destination!, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                var sources = string.Join(", ", group.Select(d => d.ToString()).Order(StringComparer.Ordinal));
                context.Diagnostics.Add(Diagnostic.Error("PIPE002", $"Several documents would be written to '{group.Key}': {sources}.", group.First().Source));
                duplicates.Add(group.Key);
            }
        }

        var writing = context.ForWriting();
        var result = context.ForEachDocument(inputs, document =>
        {
            if (document.Destination is null || duplicates.Contains(document.Destination))
            {
                return document;
            }

            if (_prepare.ExecuteOne(document, writing) is not { } prepared)
            {
                return null;
            }

            document = prepared;
            output.Write(document.Destination!, document.Content.Bytes, document.Source);
            return document with { Content = document.Content.Release(context.Settings.KeepsHashes) };
        });
        return Task.FromResult(result);
    }
}
