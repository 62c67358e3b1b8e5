using Briefings.Catalog;
using Briefings.Content;
using Briefings.Engine.Pipelines;
using Briefings.Site;

namespace Briefings.Links;

/// <summary>Checks the links and pictures in briefing bodies against the files the build makes.</summary>
public sealed class LinksFeature : ISiteFeature
{
    public const string Pipeline = "Links";

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) =>
    [
        new()
        {
            Name = Pipeline,
            // PostProcess sees every pipeline's Process outputs: every page and file this build will write.
            PostProcess = [new CheckBodyLinks(site.Urls, site.Settings, ContentFeature.Pipeline, SiteCatalog.Pipeline)],
        },
    ];
}
