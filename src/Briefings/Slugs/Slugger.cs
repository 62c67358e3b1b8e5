using System.Globalization;
using System.Text;
using AnyAscii;

namespace Briefings.Slugs;

/// <summary>
/// The one way a name becomes a URL segment: transliterated to ASCII (so "Kyïv" and "Kyiv" agree),
/// case-folded, with every run of anything but letters and digits turned into a single hyphen.
/// The result is always a safe single path segment, or empty: never '.', '..' or a name Windows
/// reserves for a device (CON, NUL, COM1…), which gets a "-1" so the site can be checked out anywhere.
/// </summary>
public static class Slugger
{
    private static readonly HashSet<string> DeviceNames = new(
        ["con", "prn", "aux", "nul", .. Enumerable.Range(0, 10).SelectMany(i => new[] { $"com{i}", $"lpt{i}" })],
        StringComparer.Ordinal);

    public static string Slugify(string text)
    {
        // A lone surrogate (YAML's "\ud800" escape makes one) would make Normalize throw; read it as U+FFFD.
        // Text without surrogates (nearly all of it) is already valid, and is not copied rune by rune.
        var valid = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? text : string.Concat(text.EnumerateRunes().Select(r => r.ToString()));
        var ascii = valid.Normalize(NormalizationForm.FormKC).Transliterate().ToLowerInvariant();
        var builder = new StringBuilder(ascii.Length);
        var pendingHyphen = false;
        foreach (var c in ascii)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.Length > 80 ? builder.ToString(0, 80).TrimEnd('-') : builder.ToString();
        return IsDeviceName(slug) ? slug + "-1" : slug;
    }

    /// <summary>True for a name Windows reserves for a device, which no file or folder may have.</summary>
    public static bool IsDeviceName(string slug) => DeviceNames.Contains(slug);

    /// <summary>True when the text is already in slug form, as an explicit <c>slug:</c> must be.</summary>
    public static bool IsSlug(string text) => text.Length > 0 && Slugify(text) == text;

    public static string Describe(string text) => IsDeviceName(text)
        ? string.Create(CultureInfo.InvariantCulture, $"'{text}' is a device name Windows reserves (try '{Slugify(text)}')")
        : string.Create(CultureInfo.InvariantCulture, $"'{text}' (try '{Slugify(text)}')");
}
