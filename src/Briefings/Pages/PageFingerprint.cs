using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Scriban.Runtime;

namespace Briefings.Pages;

/// <summary>
/// A hash of everything a page's rendering depends on: the template set and every value handed to the
/// templates (serialized as JSON with <see cref="PageFingerprintJson"/>'s generated code, so two equal models hash alike
/// whatever object they are). Values that cannot be serialized make a fingerprint that never matches, so such a page is
/// always rendered.
/// </summary>
public static class PageFingerprint
{
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
            hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(values, PageFingerprintJson.Default.SortedDictionaryStringObject));
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (Exception e) when (e is NotSupportedException or JsonException or InvalidOperationException)
        {
            return $"unserializable:{Guid.NewGuid():N}";
        }
    }
}
