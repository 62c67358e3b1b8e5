using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Fingerprint;
using Briefings.Site;
using Briefings.Templates;
using Scriban.Runtime;

namespace Briefings.Pages;

/// <summary>
/// Renders each page document: its own template first, then the layout around it (which receives
/// the page's HTML as <c>content</c>). Templates come from the Templates pipeline, parsed once.
/// </summary>
public sealed class RenderPage(SiteContext site) : PerDocumentModule
{
    public const string Layout = "layout";

    /// <summary>The cache scope of rendered pages: its hits are pages reused, its misses pages rendered.</summary>
    public const string CacheScope = nameof(RenderPage);

    /// <summary>The site view of the last asset manifest seen: every page of a build shares one (and its navigation views).</summary>
    private SiteViewOf? _siteView;

    protected override Document? Execute(Document input, PipelineContext context)
    {
        var templates = ParseTemplates.From(context);
        var model = input.Get(PageModel.Key);
        var siteView = SiteViewFor(AssetManifest.From(context));
        var page = model.Page;
        var globals = new ScriptObject
        {
            ["site"] = siteView.View,
            ["page"] = page,
            ["nav"] = siteView.Nav.For(page.Url, page.Kind),
        };
        foreach (var (name, value) in model.Data)
        {
            globals[name] = value;
        }

        // A page whose templates and values are unchanged since the last build keeps its bytes (preview rebuilds);
        // the fingerprint is computed only by a cache that outlives this build.
        // Kept as UTF-8 bytes only, what is written: a page's UTF-16 string would take twice the memory while it waits to be written.
        var key = $"{context.Pipeline.Name}/{input.Id}";
        string Fingerprint() => PageFingerprint.Of(templates.Fingerprint, globals);
        if (context.PreparesForWriting && !context.Cache.Remembers)
        {
            // A build writes each page as soon as it is rendered: its bytes stay in the rented array, which the writer
            // gives back once they are written (DocumentContent.FromLease). Nothing else holds them: this cache keeps nothing.
            var lease = context.Cache.GetOrAdd(CacheScope, key, Fingerprint, () => templates.RenderPage(model.Template, Layout, globals));
            return input with { Content = DocumentContent.FromLease(lease) };
        }

        // What outlives the write (a cache kept for later builds, the pages of a run that writes nothing) owns an array of its own.
        var html = context.Cache.GetOrAdd(CacheScope, key, Fingerprint, () =>
        {
            using var rendered = templates.RenderPage(model.Template, Layout, globals);
            return rendered.Memory.ToArray();
        });
        return input with { Content = DocumentContent.FromBytes(html) };
    }

    private SiteViewOf SiteViewFor(AssetManifest assets)
    {
        var last = Volatile.Read(ref _siteView);
        if (last is null || !ReferenceEquals(last.Assets, assets))
        {
            var view = SiteViews.Create(site, assets);
            last = new SiteViewOf(assets, view, new SiteNav(view));
            Volatile.Write(ref _siteView, last);
        }

        return last;
    }

    /// <summary>The site view made for an asset manifest, and the navigation views made from it.</summary>
    private sealed record SiteViewOf(AssetManifest Assets, SiteView View, SiteNav Nav);
}
