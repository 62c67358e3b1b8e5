using System.Collections.Immutable;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Engine.Modules;

/// <summary>
/// A step in a pipeline phase: takes the whole input set and returns the output set.
/// Name modules verb–noun (ReadFiles, SanitizeHtml) so that a pipeline reads like a sentence.
/// </summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context);
}
