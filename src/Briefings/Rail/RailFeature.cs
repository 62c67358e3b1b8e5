using Briefings.Engine.Pipelines;
using Briefings.Pages;
using Briefings.Site;

namespace Briefings.Rail;

/// <summary>
/// The News Feed rail's "Show More" fragments. The rail itself is built once with the catalog
/// (<see cref="NewsRail"/>) and shown by the pages that carry it in <c>page.rail</c>.
/// </summary>
public sealed class RailFeature : ISiteFeature
{
    public const string Pipeline = "RailFragments";

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) => [PagePipeline.Create(Pipeline, new CreateRailFragments(), site)];
}
