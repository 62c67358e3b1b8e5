using System.Collections.Immutable;
using System.Globalization;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Rail;

namespace Briefings.Pages;

/// <summary>
/// A list of items as a run of pages of the configured size (the News Feed, a tag, a section, an author): each page
/// gets its <c>items</c>, its <c>pager</c> and whatever else its template reads.
/// </summary>
public static class PaginatedPages
{
    /// <param name="kind">The page kind and the document id prefix ("home", "tag").</param>
    /// <param name="title">The first page's title; later pages add ", page N".</param>
    /// <param name="urlOfPage">The URL of a 1-based page number.</param>
    /// <param name="rail">The News Feed rail beside every page of the list, if it has one.</param>
    /// <param name="data">Further values the template reads, the same on every page.</param>
    public static IEnumerable<Document> Create(
        SiteCatalog catalog,
        IEnumerable<CatalogEntry> entries,
        string template,
        string kind,
        string title,
        string description,
        Func<int, string> urlOfPage,
        RailView? rail,
        params (string Name, object Value)[] data)
    {
        var items = entries.Select(e => e.View).ToImmutableArray();
        return Pagination.Paginate(items, catalog.Settings.PageSize, urlOfPage).Select(page =>
        {
            var view = new PageView
            {
                Kind = kind,
                Title = page.Pager.Page == 1 ? title : string.Create(CultureInfo.InvariantCulture, $"{title}, page {page.Pager.Page}"),
                Description = description,
                Url = page.Pager.Url,
                CanonicalUrl = catalog.Urls.Absolute(page.Pager.Url),
                Rail = rail,
            };
            return new Document
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{kind}:{page.Pager.Url}"),
                Destination = catalog.Urls.Destination(page.Pager.Url),
                Metadata = Metadata.Empty.With(PageModel.Key, PageModel.Of(template, view, [("items", page.Items), ("pager", page.Pager), .. data])),
            };
        });
    }
}
