using System.Diagnostics.CodeAnalysis;

namespace Briefings.Safety;

/// <summary>
/// The one rule for URLs editors write in front matter (pictures, posters, videos, author links): an
/// absolute http(s) URL with a host, or a path relative to the site. Anything with another scheme
/// (<c>javascript:</c>, <c>data:</c>, <c>file:</c>…) is refused, and so is anything a browser would read
/// differently from us: control characters (browsers drop tabs and newlines, so "java&#9;script:" is
/// still a scheme), backslashes (browsers read them as '/'), and "//host" (another site, no scheme).
/// </summary>
public static class EditorUrl
{
    /// <summary>Why the URL is refused, or null when it is an http(s) URL or a relative path.</summary>
    public static string? Problem(string url)
    {
        if (url.Any(char.IsControl))
        {
            return "it contains a control character";
        }

        if (url.Contains('\\', StringComparison.Ordinal))
        {
            return "it contains a backslash";
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return "it names another site without a scheme; write https://";
        }

        if (!HasScheme(url))
        {
            return null;
        }

        return IsWeb(url, out _) ? null : $"only http and https URLs or paths under content/ are allowed, not '{url[..url.IndexOf(':', StringComparison.Ordinal)]}:'";
    }

    /// <summary>True for an absolute http(s) URL with a host.</summary>
    public static bool IsWeb(string url, [NotNullWhen(true)] out Uri? uri) =>
        Uri.TryCreate(url, UriKind.Absolute, out uri)
        && uri.Scheme is "http" or "https"
        && HasScheme(url)
        && uri.Host.Length > 0;

    /// <summary>A scheme is a ':' before the first '/', '?' or '#' (RFC 3986); without one the URL is a relative reference.</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var path = url.IndexOfAny(['/', '?', '#']);
        return colon >= 0 && (path < 0 || colon < path);
    }
}
