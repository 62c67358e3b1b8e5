using Briefings.Engine.Pipelines;

namespace Briefings.Site;

/// <summary>
/// One feature of the site (a page kind, an asset set, a model step), contributing its pipelines.
/// Features live in their own folders and are switched on in one list in <see cref="BriefingsSite"/>,
/// the way Markdig extensions are added to a pipeline builder.
/// </summary>
public interface ISiteFeature
{
    IEnumerable<Pipeline> CreatePipelines(SiteContext site);
}
