using System.Collections.Immutable;
using Briefings.Engine.Documents;

namespace Briefings.Pages;

/// <summary>
/// A page waiting to be rendered: its template, its kind and canonical URL (all the sitemap reads of it), the named
/// values its template reads (<c>item</c>, <c>items</c>, <c>pager</c>…), and what it says about itself
/// (<see cref="Page"/>). Documented in docs/templates.md.
/// </summary>
/// <remarks>
/// Every page of a build waits from the Process phase until it is rendered in Output. What a page says about itself is
/// either given made (<see cref="Of"/>) or as a recipe (<see cref="Deferred"/>) followed when the page is rendered: an item page's description and JSON-LD, about 2 KB a page, then live only while it is rendered, instead of
/// for every item page of the build at once (200 MB at 100,000 items).
/// </remarks>
public sealed class PageModel
{
    public static readonly MetadataKey<PageModel> Key = new("PageModel");

    private readonly PageView? _page;
    private readonly Func<PageView>? _makePage;

    private PageModel(string template, string kind, string canonicalUrl, PageView? page, Func<PageView>? makePage, (string Name, object Value)[] data)
    {
        Template = template;
        Kind = kind;
        CanonicalUrl = canonicalUrl;
        _page = page;
        _makePage = makePage;
        Data = data.ToImmutableSortedDictionary(d => d.Name, d => d.Value, StringComparer.Ordinal);
    }

    public string Template { get; }

    /// <summary>The page kind, as its <see cref="PageView.Kind"/>.</summary>
    public string Kind { get; }

    /// <summary>The page's absolute URL, as its <see cref="PageView.CanonicalUrl"/>.</summary>
    public string CanonicalUrl { get; }

    /// <summary>What the page says about itself; made anew at each read when <see cref="Deferred"/> (rendering reads it once).</summary>
    public PageView Page => _page ?? _makePage!();

    public ImmutableSortedDictionary<string, object> Data { get; }

    public static PageModel Of(string template, PageView page, params (string Name, object Value)[] data) =>
        new(template, page.Kind, page.CanonicalUrl, page, null, data);

    /// <summary>A page whose view is made by <paramref name="page"/> when it is rendered; its kind and canonical URL must be the view's.</summary>
    public static PageModel Deferred(string template, string kind, string canonicalUrl, Func<PageView> page, params (string Name, object Value)[] data) =>
        new(template, kind, canonicalUrl, null, page, data);
}
