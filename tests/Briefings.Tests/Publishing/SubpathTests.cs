using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

/// <summary>The site hosted under a path (https://example.org/briefings/): every reference in every page, feed and the sitemap must resolve.</summary>
public sealed class SubpathTests : IDisposable
{
    private static readonly Uri Base = new("https://example.org/briefings/");

    private readonly BuiltSite _site = BuiltSite.BuildSample(new BuildOptions { Now = BuiltSite.Now, BaseUrl = Base });

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_internal_reference_in_every_output_file_resolves_to_a_file()
    {
        Assert.True(_site.Report.Succeeded, string.Join(Environment.NewLine, _site.Report.Diagnostics));
        var checkedCount = 0;
        var broken = new List<string>();
        foreach (var file in _site.Files())
        {
            var fileUrl = new Uri(Base, file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);
            foreach (var reference in References(file))
            {
                var target = new Uri(fileUrl, reference);
                if (target.Host != Base.Host)
                {
                    continue;
                }

                checkedCount++;
                if (!Resolves(target))
                {
                    broken.Add($"{file}: {reference}");
                }
            }
        }

        Assert.Empty(broken);
        Assert.True(checkedCount > 1000, $"only {checkedCount} references were checked");
    }

    [Fact]
    public void Root_relative_links_carry_the_subpath()
    {
        var page = _site.PageAt("/angara-ship-docked-in-chinese-port/");

        Assert.Equal("/briefings/", page.QuerySelector("a.site-title")?.GetAttribute("href"));
        Assert.StartsWith("/briefings/assets/site.", page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.Equal("https://example.org/briefings/angara-ship-docked-in-chinese-port/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("/briefings/rss.xml", page.QuerySelector("link[type='application/rss+xml']")?.GetAttribute("href"));
        Assert.Contains("Sitemap: https://example.org/briefings/sitemap.xml", File.ReadAllLines(Path.Combine(_site.Output, "robots.txt")));
    }

    private bool Resolves(Uri target)
    {
        if (!target.AbsolutePath.StartsWith(Base.AbsolutePath, StringComparison.Ordinal))
        {
            return false;
        }

        var relative = Uri.UnescapeDataString(target.AbsolutePath[Base.AbsolutePath.Length..]);
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;

        return _site.Exists(file);
    }

    private IEnumerable<string> References(string file)
    {
        var path = Path.Combine(_site.Output, file);
        return Path.GetExtension(file) switch
        {
            ".html" => HtmlReferences(File.ReadAllText(path)),
            ".xml" => XmlReferences(XDocument.Load(path)),
            ".json" => JsonReferences(JsonDocument.Parse(File.ReadAllBytes(path)).RootElement),
            ".txt" => File.ReadAllLines(path).Where(l => l.StartsWith("Sitemap: ", StringComparison.Ordinal)).Select(l => l["Sitemap: ".Length..]),
            _ => [],
        };
    }

    private static IEnumerable<string> HtmlReferences(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll("*"))
        {
            foreach (var name in new[] { "href", "src", "poster", "action", "cite" })
            {
                if (element.GetAttribute(name) is { Length: > 0 } value && !value.StartsWith('#'))
                {
                    yield return value;
                }
            }

            foreach (var name in new[] { "srcset", "imagesrcset" })
            {
                if (element.GetAttribute(name) is { } srcset)
                {
                    foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        yield return candidate.Split(' ')[0];
                    }
                }
            }

            if (element.LocalName == "meta" && element.GetAttribute("content") is { } content && content.StartsWith("http", StringComparison.Ordinal))
            {
                yield return content;
            }

            if (element.LocalName == "script" && element.GetAttribute("type") == "application/ld+json")
            {
                foreach (var url in JsonReferences(JsonDocument.Parse(element.TextContent).RootElement))
                {
                    yield return url;
                }
            }
        }
    }

    /// <summary>Every URL in a feed or the sitemap: attribute and element values, and the links inside HTML content.</summary>
    private static IEnumerable<string> XmlReferences(XDocument document)
    {
        foreach (var element in document.Descendants())
        {
            foreach (var attribute in element.Attributes().Where(a => a.Value.StartsWith("http", StringComparison.Ordinal)))
            {
                yield return attribute.Value;
            }

            if (!element.HasElements && element.Value.StartsWith("http", StringComparison.Ordinal))
            {
                yield return element.Value;
            }
            else if (!element.HasElements && element.Value.Contains('<', StringComparison.Ordinal))
            {
                foreach (var url in HtmlReferences(element.Value))
                {
                    yield return url;
                }
            }
        }
    }

    private static IEnumerable<string> JsonReferences(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "content_html" ? HtmlReferences(p.Value.GetString()!) : JsonReferences(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(JsonReferences),
        JsonValueKind.String when element.GetString()!.StartsWith("http", StringComparison.Ordinal) => [element.GetString()!],
        _ => [],
    };
}
