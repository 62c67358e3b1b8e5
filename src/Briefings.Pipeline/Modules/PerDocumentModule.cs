using System.Collections.Immutable;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Engine.Modules;

/// <summary>
/// Base for modules whose work is independent per document: the engine runs it in parallel
/// (unless serial), keeps input order, and turns a failing document into a diagnostic.
/// </summary>
public abstract class PerDocumentModule : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult(context.ForEachDocument(inputs, document => Execute(document, context)));

    /// <summary>Returns the transformed document, or null to drop it.</summary>
    protected abstract Document? Execute(Document input, PipelineContext context);

    /// <summary>The work on one document, for modules that run other modules' steps per document (<see cref="WriteFiles"/>).</summary>
    internal Document? ExecuteOne(Document input, PipelineContext context) => Execute(input, context);
}
