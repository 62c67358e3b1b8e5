using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;

namespace Briefings.Sitemap;

/// <summary>
/// Writes sitemap.xml (https://www.sitemaps.org/protocol.html) listing every page, and robots.txt pointing
/// crawlers to it. The protocol caps a sitemap at 50,000 URLs, so a larger site (an archive of tens of thousands of
/// briefings has more pages than that) gets its pages in sitemap-1.xml, sitemap-2.xml… in URL order, and sitemap.xml
/// becomes the sitemap index naming them: the URL submitted to search engines and named in robots.txt stays the same.
/// Every page feature's pages are known from PostProcess on; a run that writes makes the files in Output, side by side
/// with the pages being rendered, since nothing in the build reads them and every pipeline's Output waits for
/// PostProcess to end everywhere. A run that writes nothing (a check, the preview) has no Output phase and makes them
/// in PostProcess (<see cref="SitemapFeature"/>).
/// </summary>
public sealed class WriteSitemap : IModule
{
    public const string SitemapFile = "sitemap.xml";
    public const string RobotsFile = "robots.txt";

    /// <summary>The most URLs one sitemap may list (the protocol's limit; its other, 50 MB, is far off at that count).</summary>
    public const int MaxUrls = 50_000;

    private static readonly XNamespace Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var urls = SiteCatalog.From(context).Urls;
        string Absolute(string file) => urls.Absolute(urls.Path(file));
        var sitemaps = Files(SitemapEntries.Of(context), Absolute)
            .Select(f => new Document { Id = f.File, Destination = f.File, Content = DocumentContent.FromBytes(f.Bytes) });
        return Task.FromResult(inputs.AddRange(sitemaps)
            .Add(new Document { Id = RobotsFile, Destination = RobotsFile, Content = DocumentContent.FromText(Robots(Absolute(SitemapFile))) }));
    }

    /// <summary>
    /// The sitemap files for <paramref name="entries"/> (in URL order): sitemap.xml alone when they fit in one, else the
    /// index at sitemap.xml first, then sitemap-1.xml… of at most <paramref name="maxUrls"/> each.
    /// </summary>
    /// <param name="absoluteUrl">A file's absolute URL, by its path in the output (the index names each sitemap by it).</param>
    public static IReadOnlyList<(string File, byte[] Bytes)> Files(IReadOnlyList<SitemapEntry> entries, Func<string, string> absoluteUrl, int maxUrls = MaxUrls)
    {
        if (entries.Count <= maxUrls)
        {
            return [(SitemapFile, Sitemap(entries))];
        }

        var parts = entries.Chunk(maxUrls)
            .Select((chunk, k) => (File: string.Create(CultureInfo.InvariantCulture, $"sitemap-{k + 1}.xml"), Entries: chunk))
            .ToList();
        var index = Index(parts.Select(p => new SitemapEntry(absoluteUrl(p.File), p.Entries.Max(e => e.LastModified))));
        return [(SitemapFile, index), .. parts.Select(p => (p.File, Sitemap(p.Entries)))];
    }

    public static byte[] Sitemap(IEnumerable<SitemapEntry> entries) => Xml("urlset", "url", entries);

    /// <summary>A sitemap index: each sitemap's URL, and the newest lastmod of the pages it lists.</summary>
    public static byte[] Index(IEnumerable<SitemapEntry> sitemaps) => Xml("sitemapindex", "sitemap", sitemaps);

    private static byte[] Xml(string root, string element, IEnumerable<SitemapEntry> entries)
    {
        var document = new XDocument(new XElement(
            Namespace + root,
            entries.Select(e => new XElement(
                Namespace + element,
                new XElement(Namespace + "loc", e.Url),
                e.LastModified is { } date ? new XElement(Namespace + "lastmod", date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)) : null))));
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Everything may be crawled; the sitemap is named by its absolute URL, as the robots.txt standard asks.</summary>
    public static string Robots(string sitemapUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {sitemapUrl}\n";
}
