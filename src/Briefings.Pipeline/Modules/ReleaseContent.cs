using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Engine.Modules;

/// <summary>
/// Lets each document's content go, keeping only its length and hash (the hash if the run <see cref="EngineSettings.KeepsHashes"/>; <see cref="DocumentContent.Release"/>):
/// the last step of a pipeline whose later readers need what was made from the content, not the content
/// itself, so a large build does not hold every source file's bytes and text until it ends.
/// </summary>
public sealed class ReleaseContent : PerDocumentModule
{
    protected override Document? Execute(Document input, PipelineContext context) => input with { Content = input.Content.Release(context.Settings.KeepsHashes) };
}
