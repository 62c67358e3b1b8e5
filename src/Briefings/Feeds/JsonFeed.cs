using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefings.Feeds;

/// <summary>The JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), as typed records for System.Text.Json.</summary>
/// <remarks>
/// Lists are arrays, not immutable arrays: System.Text.Json's converters for a struct collection such as
/// <see cref="ImmutableArray{T}"/> are generic code over a value type that a ReadyToRun image does not hold, so every
/// build JIT-compiled ~30 of their methods to write the first feed.
/// </remarks>
public sealed record JsonFeedDocument(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("home_page_url")] string HomePageUrl,
    [property: JsonPropertyName("feed_url")] string FeedUrl,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("items")] JsonFeedItem[] Items);

public sealed record JsonFeedItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("content_html")] string? ContentHtml,
    [property: JsonPropertyName("content_text")] string? ContentText,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("image")] string? Image,
    [property: JsonPropertyName("date_published")] DateTimeOffset DatePublished,
    [property: JsonPropertyName("authors")] JsonFeedAuthor[]? Authors,
    [property: JsonPropertyName("tags")] string[] Tags);

public sealed record JsonFeedAuthor(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("url")] string? Url);

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonFeedDocument))]
internal sealed partial class JsonFeedContext : JsonSerializerContext;

/// <summary>Writes a channel as JSON Feed 1.1.</summary>
public static class JsonFeed
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    /// <summary>
    /// A feed is not embedded in HTML, so only what JSON itself requires is escaped: titles stay readable
    /// ("Kyiv’s") instead of becoming \u2019 sequences.
    /// </summary>
    private static readonly JsonFeedContext Context = new(new JsonSerializerOptions(JsonFeedContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    });

    public static byte[] Write(FeedChannel channel)
    {
        var document = new JsonFeedDocument(
            Version,
            channel.Title,
            channel.HomeUrl,
            channel.JsonUrl,
            channel.Description,
            channel.Language,
            [.. channel.Entries.Select(Item)]);
        return JsonSerializer.SerializeToUtf8Bytes(document, Context.JsonFeedDocument);
    }

    private static JsonFeedItem Item(FeedEntry entry) => new(
        entry.Url,
        entry.Url,
        entry.Title,
        entry.ContentHtml,
        entry.ContentHtml is null ? entry.Summary : null,
        entry.Summary,
        entry.ImageUrl,
        entry.Published,
        entry.AuthorName is { } name ? [new JsonFeedAuthor(name, entry.AuthorUrl)] : null,
        [.. entry.Tags]);
}
