namespace Briefings.Links;

/// <summary>Where a link inside the site leads, as the output files that would answer it.</summary>
public static class InternalLink
{
    private static readonly Uri Origin = new("http://site.invalid/");

    /// <summary>
    /// Resolves <paramref name="url"/> the way a browser would on the page at <paramref name="pageUrl"/>. Returns false for
    /// links that leave the site (a scheme, //host) or stay on the page (#fragment); otherwise the output files
    /// that would serve it ("a/" → "a/index.html"; "a" → "a" or "a/index.html"), none when it leaves the base path.
    /// </summary>
    public static bool TryResolve(string url, string pageUrl, string basePath, out IReadOnlyList<string> candidates)
    {
        candidates = [];
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url))
        {
            return false;
        }

        if (!Uri.TryCreate(new Uri(Origin, pageUrl), url, out var resolved))
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
        return colon > 0 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(url[0]);
    }
}
