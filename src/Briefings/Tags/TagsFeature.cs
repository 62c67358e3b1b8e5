using Briefings.Engine.Pipelines;
using Briefings.Pages;
using Briefings.Site;

namespace Briefings.Tags;

/// <summary>Tag pages: /tags/&lt;slug&gt;/ (paginated like the feed) and the tag index at /tags/.</summary>
public sealed class TagsFeature : ISiteFeature
{
    public const string Pipeline = "Tags";

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) => [PagePipeline.Create(Pipeline, new CreateTagPages(), site)];
}
