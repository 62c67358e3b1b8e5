using System.Text.Json.Serialization;

namespace Briefings.Seo;

/// <summary>schema.org/NewsArticle as JSON-LD (https://schema.org/NewsArticle), typed for System.Text.Json.</summary>
public sealed record NewsArticleJsonLd(
    [property: JsonPropertyName("headline")] string Headline,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("datePublished")] string DatePublished,
    [property: JsonPropertyName("dateModified")] string DateModified,
    [property: JsonPropertyName("author")] JsonLdAgent Author,
    [property: JsonPropertyName("image")] string[]? Image,
    [property: JsonPropertyName("publisher")] JsonLdAgent Publisher,
    [property: JsonPropertyName("mainEntityOfPage")] JsonLdWebPage MainEntityOfPage,
    [property: JsonPropertyName("keywords")] string[]? Keywords)
{
    [JsonPropertyName("@context")]
    [JsonPropertyOrder(-2)]
    public string Context => "https://schema.org";

    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "NewsArticle";
}

/// <summary>A Person or an Organization: who wrote or published an article.</summary>
public sealed record JsonLdAgent(
    [property: JsonPropertyName("@type")] string Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("url")] string? Url);

public sealed record JsonLdWebPage([property: JsonPropertyName("@id")] string Id)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "WebPage";
}

/// <summary>
/// Source-generated, with the default encoder: it escapes &lt;, &gt;, &amp; and quotes as \u003C…, so no
/// string in the data can close the &lt;script&gt; element it is written into.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NewsArticleJsonLd))]
internal sealed partial class SeoJsonContext : JsonSerializerContext;
