using System.Collections.Immutable;
using System.Globalization;
using Briefings.Catalog;
using Briefings.Engine.Documents;

namespace Briefings.Pages;

/// <summary>
/// Paginated lists of items (a section, an author): pages of the configured size at the list's URL,
/// then /page/2/, …, each drawn by the template named after its kind with <c>items</c>, <c>pager</c>
/// and the list's own values (<c>section</c>, <c>author</c>).
/// </summary>
public static class ListingPages
{
    public static IEnumerable<Document> Create(
        SiteCatalog catalog,
        string kind,
        string id,
        string name,
        string description,
        IEnumerable<CatalogEntry> entries,
        Func<int, string> urlOfPage,
        (string Name, object Value) listValue)
    {
        var items = entries.Select(e => e.View).ToImmutableArray();
        return Pagination.Paginate(items, catalog.Settings.PageSize, urlOfPage).Select(page =>
        {
            var view = new PageView
            {
                Kind = kind,
                Title = page.Pager.Page == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{name}, page {page.Pager.Page}"),
                Description = description,
                Url = page.Pager.Url,
                CanonicalUrl = catalog.Urls.Absolute(page.Pager.Url),
            };
            return new Document
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"{kind}:{id}:{page.Pager.Page}"),
                Destination = catalog.Urls.Destination(page.Pager.Url),
                Metadata = Metadata.Empty.With(PageModel.Key, PageModel.Of(kind, view, ("items", page.Items), ("pager", page.Pager), listValue)),
            };
        });
    }
}
