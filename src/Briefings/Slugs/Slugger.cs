using System.Globalization;
using System.Text;
using AnyAscii;

namespace Briefings.Slugs;

/// <summary>
/// The one way a name becomes a URL segment: transliterated to ASCII (so "Kyïv" and "Kyiv" agree),
/// case-folded, with every run of anything but letters and digits turned into a single hyphen.
/// The result is always a safe single path segment, or empty.
/// </summary>
public static class Slugger
{
    public static string Slugify(string text)
    {
        var ascii = text.Normalize(NormalizationForm.FormKC).Transliterate().ToLowerInvariant();
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

        return builder.Length > 80 ? builder.ToString(0, 80).TrimEnd('-') : builder.ToString();
    }

    /// <summary>True when the text is already in slug form, as an explicit <c>slug:</c> must be.</summary>
    public static bool IsSlug(string text) => text.Length > 0 && Slugify(text) == text;

    public static string Describe(string text) => string.Create(CultureInfo.InvariantCulture, $"'{text}' (try '{Slugify(text)}')");
}
