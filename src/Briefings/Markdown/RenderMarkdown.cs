using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Safety;
using Briefings.Site;

namespace Briefings.Markdown;

/// <summary>
/// Renders each briefing's parsed Markdown body to HTML (the front matter block renders to nothing).
/// Editors write links from the site's root ("/other-briefing/"); under a base path they get it ("/briefings/other-briefing/").
/// The HTML is rendered behind the document prefix the sanitizer parses bodies in (<see cref="ReadOnlySource.DocumentPrefix"/>),
/// so <see cref="SanitizeHtml"/> parses the string as it is, instead of joining the two into another.
/// </summary>
public sealed class RenderMarkdown(SiteUrls urls) : PerDocumentModule
{
    // One renderer per thread, reused for every body that thread renders.
    private readonly ThreadLocal<ReusableHtmlRenderer> _renderers = new(() => new ReusableHtmlRenderer(urls.FromEditor));

    protected override Document? Execute(Document input, PipelineContext context)
    {
        var html = context.Reuse(nameof(RenderMarkdown), input, () => _renderers.Value!.ToHtml(input.Get(BriefingKeys.Markdown), ReadOnlySource.DocumentPrefix));
        return input.With(BriefingKeys.BodyHtml, html);
    }
}
