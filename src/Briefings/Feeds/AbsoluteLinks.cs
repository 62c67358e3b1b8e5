using AngleSharp.Html.Parser;

namespace Briefings.Feeds;

/// <summary>
/// Makes every link and picture in an HTML fragment absolute. Feed readers show entries away from the
/// site, where "/images/port.svg" would point at the reader's own host.
/// </summary>
public static class AbsoluteLinks
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "cite"];

    public static string Rewrite(string html, Uri baseUri)
    {
        var document = new HtmlParser().ParseDocument(string.Empty);
        var body = document.Body!;
        body.InnerHtml = html;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            foreach (var name in UrlAttributes)
            {
                if (element.GetAttribute(name) is { } value && Uri.TryCreate(baseUri, value, out var absolute))
                {
                    element.SetAttribute(name, absolute.AbsoluteUri);
                }
            }

            if (element.GetAttribute("srcset") is { } srcset)
            {
                element.SetAttribute("srcset", RewriteSrcset(srcset, baseUri));
            }
        }

        return body.InnerHtml;
    }

    /// <summary>"a.jpg 1x, b.jpg 2x": each candidate's URL is made absolute; its descriptor is kept.</summary>
    private static string RewriteSrcset(string srcset, Uri baseUri) => string.Join(", ", srcset
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(candidate =>
        {
            var parts = candidate.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
            var url = Uri.TryCreate(baseUri, parts[0], out var absolute) ? absolute.AbsoluteUri : parts[0];
            return parts.Length == 2 ? $"{url} {parts[1]}" : url;
        }));
}
