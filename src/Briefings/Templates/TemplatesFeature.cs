using Briefings.Engine.Modules;
using Briefings.Engine.Pipelines;
using Briefings.Pages;
using Briefings.Site;

namespace Briefings.Templates;

/// <summary>Reads and parses templates/**/*.html once per build.</summary>
public sealed class TemplatesFeature : ISiteFeature
{
    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) =>
    [
        new()
        {
            Name = ParseTemplates.Pipeline,
            Input = [new ReadFiles(TemplateSet.Directory, "**/*.html")],
            Process = [new ParseTemplates(RenderPage.Layout)],
        },
    ];
}
