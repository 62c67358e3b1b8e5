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
            PostProcess = [new WriteSitemap()],
            Output = [new WriteFiles()],
        },
    ];
}
