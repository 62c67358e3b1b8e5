using Briefings.Catalog;
using Briefings.Engine.Modules;
using Briefings.Engine.Pipelines;
using Briefings.Site;

namespace Briefings.Pages;

/// <summary>
/// The shape every page feature shares: make page models from the catalog, render them with the
/// templates, write them. A page feature supplies only the module that makes its pages.
/// </summary>
public static class PagePipeline
{
    public static Pipeline Create(string name, IModule createPages, SiteContext site)
    {
        // A build renders each page just before writing it, so a rendered page lives only until written;
        // a run without an output folder (check, preview) renders them all in PostProcess instead.
        var render = new RenderPage(site);
        return new()
        {
            Name = name,
            Dependencies = [SiteCatalog.Pipeline],
            Process = [createPages],
            PostProcess = [new UnlessWriting(render)],
            Output = [new WriteFiles(render)],
        };
    }
}
