using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
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
/// <remarks>
/// Reflection serialization: the values are whatever a page hands its templates, which no source generator can list.
/// Without dynamic code (the Native AOT CLI) it cannot serialize them (its converters for <c>ImmutableArray&lt;T&gt;</c>,
/// <c>int?</c> and records with constructors are generic types instantiated at run time), so there every fingerprint
/// is one that never matches: the AOT CLI's <c>serve</c> renders every page at every rebuild.
/// </remarks>
public static class PageFingerprint
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        MaxDepth = 64,
    };

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Serializes only with dynamic code: in the Native AOT CLI, the one trimmed publish, the guard below returns first.")]
    public static string Of(string templates, ScriptObject globals)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            return NeverMatching();
        }

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
            return NeverMatching();
        }
    }

    private static string NeverMatching() => $"unserializable:{Guid.NewGuid():N}";
}
