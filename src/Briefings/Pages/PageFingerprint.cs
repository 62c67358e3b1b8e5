using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Scriban.Runtime;

namespace Briefings.Pages;

/// <summary>
/// A hash of everything a page's rendering depends on: the template set and every value handed to the
/// templates (serialized as JSON, so two equal models hash alike whatever object they are). Values that
/// cannot be serialized make a fingerprint that never matches, so such a page is always rendered.
/// </summary>
public static class PageFingerprint
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <remarks>
    /// Reflection serialization, named explicitly so it also works where it is not the default (Native AOT): the values
    /// are whatever a page hands its templates, which no source generator can list. The Native AOT publish of the CLI
    /// keeps the views' metadata (it roots the Briefings assembly, see Briefings.Cli.csproj); a value that still cannot
    /// be serialized throws, which <see cref="Of"/> catches: the page is then always rendered, never wrongly skipped.
    /// </remarks>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "See remarks: failures are caught and only cost a render.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "See remarks: failures are caught and only cost a render.")]
    private static JsonSerializerOptions CreateOptions() => new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        MaxDepth = 64,
    };

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The options name their resolver (CreateOptions).")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The options name their resolver (CreateOptions).")]
    public static string Of(string templates, ScriptObject globals)
    {
        try
        {
            var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (name, value) in globals)
            {
                values[name] = value;
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(Encoding.UTF8.GetBytes(templates));
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(values, Options));
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            return $"unserializable:{Guid.NewGuid():N}";
        }
    }
}
