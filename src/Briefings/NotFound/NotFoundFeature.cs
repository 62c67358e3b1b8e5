using Briefings.Engine.Pipelines;
using Briefings.Pages;
using Briefings.Site;

namespace Briefings.NotFound;

/// <summary>The "page not found" page, in the site's style.</summary>
public sealed class NotFoundFeature : ISiteFeature
{
    public const string Pipeline = "NotFound";

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) => [PagePipeline.Create(Pipeline, new CreateNotFoundPage(), site)];
}
