using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Engine.Modules;

/// <summary>
/// Puts each document through all its steps before the next document's turn (documents still run in
/// parallel, and keep their order). Listed one after another in a pipeline, per-document modules each
/// finish every document before the next module starts, so whatever one makes for the next (a parsed
/// tree, an HTML document) is held for every document at once; run as steps here, it lives only while
/// its own document is worked on. A document that a step drops or fails on goes no further.
/// </summary>
public sealed class ForEachDocument(params PerDocumentModule[] steps) : PerDocumentModule
{
    protected override Document? Execute(Document input, PipelineContext context)
    {
        var document = input;
        foreach (var step in steps)
        {
            if (step.ExecuteOne(document, context) is not { } next)
            {
                return null;
            }

            document = next;
        }

        return document;
    }
}
