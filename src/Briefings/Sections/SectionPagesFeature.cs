using Briefings.Engine.Pipelines;
using Briefings.Pages;
using Briefings.Site;

namespace Briefings.Sections;

/// <summary>Section pages: /sections/&lt;id&gt;/, /sections/&lt;id&gt;/page/2/, … for every section in site.yml.</summary>
public sealed class SectionPagesFeature : ISiteFeature
{
    public const string Pipeline = "SectionPages";

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) => [PagePipeline.Create(Pipeline, new CreateSectionPages(), site)];
}
