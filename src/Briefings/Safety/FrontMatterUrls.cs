using System.Collections.Immutable;
using Briefings.FrontMatter;
using Briefings.Site;

namespace Briefings.Safety;

/// <summary>Checks the URLs editors write in front matter, reporting each refused one at its own line.</summary>
public static class FrontMatterUrls
{
    /// <summary>The URL when it is http(s) or a relative path; otherwise reports it (BRF040) and returns null.</summary>
    public static string? Checked(YamlFields group, string key, string? url)
    {
        if (url is null || EditorUrl.Problem(url) is not { } problem)
        {
            return url;
        }

        group.Report(DiagnosticCodes.UnsafeUrl, $"'{key}' is not a safe URL: {problem}.", group.Find(key)!, "use an https:// URL or a path under content/, e.g. images/port.svg");
        return null;
    }

    /// <summary>A video's source: a local file, or an https player on a host listed in <c>embeds:</c> (BRF041 otherwise).</summary>
    public static string? CheckedPlayer(YamlFields group, string key, string? url, ImmutableArray<string> embedHosts)
    {
        var safe = Checked(group, key, url);
        if (safe is null || !EditorUrl.IsWeb(safe, out _) || EmbedHosts.Allows(embedHosts, safe))
        {
            return safe;
        }

        group.Report(
            DiagnosticCodes.EmbedNotAllowed,
            $"'{key}' embeds a player from a host that is not allowed: '{safe}'.",
            group.Find(key)!,
            $"use an https player from {string.Join(", ", embedHosts)}, or add its host to '{EmbedHosts.Key}:' in {SiteSettings.FileName} (see docs/security.md)");
        return null;
    }
}
