using System.Buffers;

namespace Briefings.Links;

/// <summary>Where a link inside the site leads, as the output files that would answer it.</summary>
public static class InternalLink
{
    private static readonly Uri Origin = new("http://site.invalid/");

    /// <summary>What a URL scheme is made of (RFC 3986: letters, digits, "+", "-" and ".").</summary>
    private static readonly SearchValues<char> SchemeCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-.");

    /// <summary>The page at <paramref name="pageUrl"/>, which links are resolved against: made once for all of a page's links.</summary>
    public static Uri Page(string pageUrl) => new(Origin, pageUrl);

    /// <summary>
    /// Resolves <paramref name="url"/> the way a browser would on <paramref name="page"/> (see <see cref="Page"/>). Returns false for
    /// links that leave the site (a scheme, //host) or stay on the page (#fragment); otherwise the output files
    /// that would serve it ("a/" → "a/index.html"; "a" → "a" or "a/index.html"), none when it leaves the base path.
    /// </summary>
    public static bool TryResolve(string url, Uri page, string basePath, out IReadOnlyList<string> candidates)
    {
        candidates = [];
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return false;
        }

        if (!Uri.TryCreate(page, url, out var resolved))
        {
            return true;
        }

        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return true;
        }

        var relative = path[basePath.Length..];
        candidates = relative.Length == 0 || relative.EndsWith('/') ? [relative + "index.html"] : [relative, relative + "/index.html"];
        return true;
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && !url.AsSpan(0, colon).ContainsAnyExcept(SchemeCharacters) && char.IsAsciiLetter(url[0]);
    }
}
