using Briefings.Engine.Pipelines;
using Briefings.Pages;
using Briefings.Site;

namespace Briefings.Articles;

/// <summary>Item pages: /&lt;slug&gt;/ for every article, quote and video.</summary>
public sealed class ItemPagesFeature : ISiteFeature
{
    public const string Pipeline = "ItemPages";

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) => [PagePipeline.Create(Pipeline, new CreateItemPages(), site)];
}
