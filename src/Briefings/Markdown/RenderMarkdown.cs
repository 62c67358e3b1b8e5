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
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { LinkRewriter = SiteRooted };
        MarkdownPipelines.Briefing.Setup(renderer);
        renderer.Render(input.Get(BriefingKeys.Markdown));
        writer.Flush();
        return input.With(BriefingKeys.BodyHtml, writer.ToString());
    }

    private string SiteRooted(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? urls.Path(url) : url;
}
