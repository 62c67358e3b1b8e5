using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Markdig;

namespace Briefings.Markdown;

/// <summary>Renders each briefing's parsed Markdown body to HTML (the front matter block renders to nothing).</summary>
public sealed class RenderMarkdown : PerDocumentModule
{
    protected override Document? Execute(Document input, PipelineContext context)
    {
        var html = context.Reuse(nameof(RenderMarkdown), input, () => input.Get(BriefingKeys.Markdown).ToHtml(MarkdownPipelines.Briefing));
        return input.With(BriefingKeys.BodyHtml, html);
    }
}
