using System.Globalization;
using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Site;
using Markdig;
using Markdig.Renderers;

namespace Briefings.Markdown;

/// <summary>
/// Renders each briefing's parsed Markdown body to HTML (the front matter block renders to nothing).
/// Editors write links from the site's root ("/other-briefing/"); under a base path they get it ("/briefings/other-briefing/").
/// </summary>
public sealed class RenderMarkdown(SiteUrls urls) : PerDocumentModule
{
    protected override Document? Execute(Document input, PipelineContext context)
    {
        var html = context.Reuse(nameof(RenderMarkdown), input, () =>
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            var renderer = new HtmlRenderer(writer) { LinkRewriter = urls.FromEditor };
            MarkdownPipelines.Briefing.Setup(renderer);
            renderer.Render(input.Get(BriefingKeys.Markdown));
            writer.Flush();
            return writer.ToString();
        });
        return input.With(BriefingKeys.BodyHtml, html);
    }
}
