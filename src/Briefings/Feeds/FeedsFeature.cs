using Briefings.Catalog;
using Briefings.Engine.Modules;
using Briefings.Engine.Pipelines;
using Briefings.Site;

namespace Briefings.Feeds;

/// <summary>RSS, Atom and JSON feeds for the whole site and for every tag.</summary>
public sealed class FeedsFeature : ISiteFeature
{
    public const string Pipeline = "Feeds";

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) =>
    [
        new()
        {
            Name = Pipeline,
            Dependencies = [SiteCatalog.Pipeline],
            Process = [new CreateFeeds()],
            Output = [new WriteFiles()],
        },
    ];
}
