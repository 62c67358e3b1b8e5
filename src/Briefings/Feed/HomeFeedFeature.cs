using Briefings.Engine.Pipelines;
using Briefings.Pages;
using Briefings.Site;

namespace Briefings.Feed;

/// <summary>The home page and its following pages.</summary>
public sealed class HomeFeedFeature : ISiteFeature
{
    public const string Pipeline = "HomeFeed";

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) => [PagePipeline.Create(Pipeline, new CreateFeedPages(), site)];
}
