using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Briefings.Site;

namespace Briefings.Publishing;

/// <summary>
/// The manifest of a build (<c>briefings build --manifest FILE</c>): every output path with its SHA-256 and
/// size, in ordinal path order. Deployment scripts diff two manifests to upload only what changed.
/// </summary>
public static class OutputManifest
{
    private static readonly ManifestJsonContext Context = new(new JsonSerializerOptions(ManifestJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    });

    public static byte[] Write(IEnumerable<OutputFile> files) =>
        JsonSerializer.SerializeToUtf8Bytes(new ManifestDocument([.. files.OrderBy(f => f.Path, StringComparer.Ordinal)]), Context.ManifestDocument);

    public static ImmutableArray<OutputFile> Read(string json) =>
        JsonSerializer.Deserialize(json, Context.ManifestDocument)?.Files ?? [];
}

internal sealed record ManifestDocument([property: JsonPropertyName("files")] ImmutableArray<OutputFile> Files);

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ManifestDocument))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
