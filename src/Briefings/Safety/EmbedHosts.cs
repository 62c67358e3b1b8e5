using System.Collections.Immutable;
using Briefings.FrontMatter;
using Briefings.Site;
using YamlDotNet.RepresentationModel;

namespace Briefings.Safety;

/// <summary>
/// The video players a briefing may embed, as host names from <c>embeds:</c> in site.yml. A listed host
/// also allows its subdomains ("youtube-nocookie.com" allows "www.youtube-nocookie.com"). Embeds are
/// https only: an http player on an https page is blocked by browsers anyway.
/// </summary>
public static class EmbedHosts
{
    public const string Key = "embeds";

    public static readonly ImmutableArray<string> Defaults = ["player.vimeo.com", "www.youtube.com", "youtube-nocookie.com"];

    public static bool Allows(ImmutableArray<string> hosts, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https" && Allows(hosts, uri);

    public static bool Allows(ImmutableArray<string> hosts, Uri uri)
    {
        var host = uri.IdnHost;
        return hosts.Any(allowed => host == allowed || host.EndsWith("." + allowed, StringComparison.Ordinal));
    }

    /// <summary>Reads <c>embeds:</c> (a list of host names); null when absent. Every entry must be a plain lower-case host name.</summary>
    public static ImmutableArray<string>? Read(YamlFields fields)
    {
        var node = fields.Find(Key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode)
        {
            fields.Report(DiagnosticCodes.InvalidConfiguration, $"'{Key}' is a list of host names, such as [www.youtube.com, player.vimeo.com].", node);
            return null;
        }

        var hosts = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, line) in fields.List(Key))
        {
            if (IsHostName(value))
            {
                hosts.Add(value);
            }
            else
            {
                fields.Report(
                    DiagnosticCodes.InvalidConfiguration,
                    $"'{Key}' lists host names such as www.youtube.com, not '{value}'.",
                    line,
                    hint: "write the player's host only: no scheme, path, port or wildcard, in lower case");
            }
        }

        return [.. hosts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static bool IsHostName(string value) =>
        value.Length is > 0 and <= 253
        && value.Split('.') is { Length: >= 2 } labels
        && labels.All(label => label.Length is > 0 and <= 63
            && label.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
            && label[0] != '-' && label[^1] != '-');
}
