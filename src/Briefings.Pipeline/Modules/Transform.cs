using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Engine.Modules;

/// <summary>A per-document module from a delegate, for small glue steps and tests.</summary>
public sealed class Transform(Func<Document, PipelineContext, Document?> transform) : PerDocumentModule
{
    public Transform(Func<Document, Document?> transform)
        : this((document, _) => transform(document))
    {
    }

    protected override Document? Execute(Document input, PipelineContext context) => transform(input, context);
}
