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
    public static Html NewsArticle(CatalogEntry entry, SiteCatalog catalog)
    {
        var item = entry.View;
        var pageUrl = new Uri(catalog.Urls.Absolute(item.Url));
        var publisher = new JsonLdAgent("Organization", catalog.Settings.Title, catalog.Settings.BaseUrl.AbsoluteUri);
        var author = item.Author is { } person
            ? new JsonLdAgent("Person", person.Name, person.Url is null ? null : new Uri(pageUrl, person.Url).AbsoluteUri)
            : publisher;
        var picture = item.Image ?? item.Video?.Poster;
        var article = new NewsArticleJsonLd(
            item.Title,
            entry.Description,
            item.DateIso,
            item.DateIso,
            author,
            picture is null ? null : [new Uri(pageUrl, picture.Src).AbsoluteUri],
            publisher,
            new JsonLdWebPage(pageUrl.AbsoluteUri),
            item.Tags.IsEmpty ? null : [.. item.Tags.Select(t => t.Name)]);
        return new Html(JsonSerializer.Serialize(article, SeoJsonContext.Default.NewsArticleJsonLd));
    }
}
