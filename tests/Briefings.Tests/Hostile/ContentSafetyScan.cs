using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Dom;
using Briefings.Safety;

namespace Briefings.Tests.Hostile;

/// <summary>
/// Scans a built page for anything that would run script: a &lt;script&gt; that is neither the site's own
/// file under assets/ nor JSON-LD data, an on* attribute, a URL attribute with a scheme other than
/// http, https or mailto (javascript:, vbscript:, data:…), or a frame from a host not allowed to embed.
/// </summary>
public static class ContentSafetyScan
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "action", "formaction", "cite", "data", "xlink:href", "background", "srcdoc"];

    public static IReadOnlyList<string> Problems(IDocument page, string basePath, ImmutableArray<string> embedHosts)
    {
        var problems = new List<string>();
        foreach (var element in page.All)
        {
            var where = $"<{element.LocalName}>";
            if (element.LocalName == "script" && !IsSiteScript(element, basePath))
            {
                problems.Add($"{where}: a script that is not the site's own: {element.OuterHtml}");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{where}: event handler attribute {attribute.Name}");
                }

                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && Scheme(attribute.Value) is { } scheme && scheme is not ("http" or "https" or "mailto"))
                {
                    problems.Add($"{where}: {attribute.Name} with the scheme '{scheme}:'");
                }
            }

            if (element.LocalName == "iframe" && !EmbedHosts.Allows(embedHosts, element.GetAttribute("src") ?? string.Empty))
            {
                problems.Add($"{where}: a frame from a host that may not embed: {element.GetAttribute("src")}");
            }
        }

        return problems;
    }

    private static bool IsSiteScript(IElement script, string basePath)
    {
        if (script.GetAttribute("src") is { } src)
        {
            return src.StartsWith(basePath + "assets/", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(script.TextContent);
        }

        if (script.GetAttribute("type") == "application/ld+json")
        {
            try
            {
                using var _ = JsonDocument.Parse(script.TextContent);
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The scheme a browser would see: it drops ASCII whitespace and control characters first.</summary>
    private static string? Scheme(string value)
    {
        var compact = new string(value.Where(c => !char.IsControl(c) && c != ' ').ToArray()).ToLowerInvariant();
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var path = compact.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (path < 0 || colon < path) ? compact[..colon] : null;
    }
}
