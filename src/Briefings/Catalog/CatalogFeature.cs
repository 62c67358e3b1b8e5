using Briefings.Authors;
using Briefings.Content;
using Briefings.Engine.Pipelines;
using Briefings.Related;
using Briefings.Site;

namespace Briefings.Catalog;

/// <summary>Builds the site model once from every briefing.</summary>
public sealed class CatalogFeature : ISiteFeature
{
    public IEnumerable<Pipeline> CreatePipelines(SiteContext site)
    {
        // Related scoring starts first and runs beside BuildCatalog (it needs only the Content documents); ScoreRelated waits for it.
        var related = new RelatedRanking(ContentFeature.Pipeline, site.Options, site.Settings.RelatedCount);
        return
        [
            new()
            {
                Name = SiteCatalog.Pipeline,
                Dependencies = [ContentFeature.Pipeline, AuthorProfiles.Pipeline],
                Process = [related.Start, new BuildCatalog(site.Settings, site.Options, ContentFeature.Pipeline, ContentFeature.Directory), new ScoreRelated(related)],
            },
        ];
    }
}
