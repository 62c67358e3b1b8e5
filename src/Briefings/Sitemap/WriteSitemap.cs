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
/// crawlers to it. Every page feature's pages are known from PostProcess on; a run that writes makes the
/// files in Output, side by side with the pages being rendered, since nothing in the build reads them and
/// every pipeline's Output waits for PostProcess to end everywhere. A run that writes nothing (a check, the
/// preview) has no Output phase and makes them in PostProcess (<see cref="SitemapFeature"/>).
/// </summary>
public sealed class WriteSitemap : IModule
{
    public const string SitemapFile = "sitemap.xml";
    public const string RobotsFile = "robots.txt";

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
        var sitemapUrl = urls.Absolute(urls.Path(SitemapFile));
        return Task.FromResult(inputs.AddRange(
            new Document { Id = SitemapFile, Destination = SitemapFile, Content = DocumentContent.FromBytes(Sitemap(SitemapEntries.Of(context))) },
            new Document { Id = RobotsFile, Destination = RobotsFile, Content = DocumentContent.FromText(Robots(sitemapUrl)) }));
    }

    public static byte[] Sitemap(IEnumerable<SitemapEntry> entries)
    {
        var document = new XDocument(new XElement(
            Namespace + "urlset",
            entries.Select(e => new XElement(
                Namespace + "url",
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
