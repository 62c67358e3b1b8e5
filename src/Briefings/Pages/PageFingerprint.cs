using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Scriban.Runtime;

namespace Briefings.Pages;

/// <summary>
/// A hash of everything a page's rendering depends on: the template set and every value handed to the
/// templates (serialized as JSON, so two equal models hash alike whatever object they are). Values that
/// cannot be serialized make a fingerprint that never matches, so such a page is always rendered.
/// </summary>
public static class PageFingerprint
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        MaxDepth = 64,
    };

    /// <remarks>
    /// Reflection serialization: the values are whatever a page hands its templates, which no source generator can
    /// list. The Native AOT publish of the CLI keeps it working (it roots the Briefings assembly and switches
    /// reflection serialization on, see Briefings.Cli.csproj); a value it still cannot serialize throws, which is caught
    /// below: the page is then always rendered, never wrongly skipped.
    /// </remarks>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "See remarks: failures are caught and only cost a render.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "See remarks: failures are caught and only cost a render.")]
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
