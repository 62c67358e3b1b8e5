using Briefings.Authors;
using Briefings.Content;
using Briefings.Engine.Pipelines;
using Briefings.Related;
using Briefings.Site;

namespace Briefings.Catalog;

/// <summary>Builds the site model once from every briefing.</summary>
public sealed class CatalogFeature : ISiteFeature
{
    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) =>
    [
        new()
        {
            Name = SiteCatalog.Pipeline,
            Dependencies = [ContentFeature.Pipeline, AuthorProfiles.Pipeline],
            Process = [new BuildCatalog(site.Settings, site.Options, ContentFeature.Pipeline, ContentFeature.Directory), new ScoreRelated(ContentFeature.Pipeline)],
        },
    ];
}
