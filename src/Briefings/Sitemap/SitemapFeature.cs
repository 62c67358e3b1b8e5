using Briefings.Engine.Modules;
using Briefings.Engine.Pipelines;
using Briefings.Site;

namespace Briefings.Sitemap;

/// <summary>sitemap.xml and robots.txt.</summary>
public sealed class SitemapFeature : ISiteFeature
{
    public const string Pipeline = "Sitemap";

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) =>
    [
        new()
        {
            Name = Pipeline,
            // Made in Output when the run writes (beside the pages being rendered, rather than in PostProcess,
            // which every page waits for), in PostProcess when it does not (check, preview), which has no Output.
            PostProcess = [new UnlessWriting(new WriteSitemap())],
            Output = [new WriteSitemap(), new WriteFiles()],
        },
    ];
}
