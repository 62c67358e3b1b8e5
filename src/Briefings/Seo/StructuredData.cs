using System.Text.Json;
using Briefings.Catalog;
using Briefings.Templates;

namespace Briefings.Seo;

/// <summary>The JSON-LD that tells search engines an item page is a news article.</summary>
public static class StructuredData
{
    /// <summary>
    /// The NewsArticle of an item, serialized; safe to write raw inside &lt;script type="application/ld+json"&gt;
    /// because the serializer escapes every character that could end the element (see <see cref="SeoJsonContext"/>).
    /// </summary>
    /// <param name="pageUrl">The item page's absolute URL.</param>
    /// <param name="imageUrl">
    /// The absolute URL of the item's picture (its image, else its video's poster), as the page's view resolved it
    /// against <paramref name="pageUrl"/> (<see cref="Pages.PageView.ImageUrl"/>); null when it has none.
    /// </param>
    public static Html NewsArticle(CatalogEntry entry, SiteCatalog catalog, string pageUrl, string? imageUrl)
    {
        var item = entry.View;
        var page = new Uri(pageUrl);
        var publisher = new JsonLdAgent("Organization", catalog.Settings.Title, catalog.Settings.BaseUrl.AbsoluteUri);
        var author = item.Author is { } person
            ? new JsonLdAgent("Person", person.Name, person.Url is null ? null : new Uri(page, person.Url).AbsoluteUri)
            : publisher;
        var article = new NewsArticleJsonLd(
            item.Title,
            entry.Description,
            item.DateIso,
            item.DateIso,
            author,
            imageUrl is null ? null : [imageUrl],
            publisher,
            new JsonLdWebPage(page.AbsoluteUri),
            item.Tags.IsEmpty ? null : [.. item.Tags.Select(t => t.Name)]);
        return new Html(JsonSerializer.Serialize(article, SeoJsonContext.Default.NewsArticleJsonLd));
    }
}
