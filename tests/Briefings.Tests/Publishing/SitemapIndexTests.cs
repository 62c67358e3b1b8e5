using System.Globalization;
using System.Xml.Linq;
using Briefings.Sitemap;

namespace Briefings.Tests.Publishing;

/// <summary>The protocol's 50,000 URLs a sitemap: a larger site gets a sitemap index at sitemap.xml naming sitemaps within the limit.</summary>
public sealed class SitemapIndexTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static string Absolute(string file) => "https://briefings.example/" + file;

    private static List<SitemapEntry> Entries(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SitemapEntry(
            string.Create(CultureInfo.InvariantCulture, $"https://briefings.example/p{i:D6}/"),
            i % 7 == 0 ? null : new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i % 5000)))];

    [Fact]
    public void A_site_within_the_limit_gets_one_sitemap_listing_every_page()
    {
        var entries = Entries(WriteSitemap.MaxUrls);

        var files = WriteSitemap.Files(entries, Absolute);

        var (file, bytes) = Assert.Single(files);
        Assert.Equal("sitemap.xml", file);
        var root = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root!;
        Assert.Equal(Sitemaps + "urlset", root.Name);
        Assert.Equal(entries.Select(e => e.Url), root.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value));
    }

    [Fact]
    public void A_larger_site_gets_an_index_naming_sitemaps_of_at_most_50000_urls_that_list_every_page_once()
    {
        var entries = Entries((2 * WriteSitemap.MaxUrls) + 1);

        var files = WriteSitemap.Files(entries, Absolute);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.File));
        var parsed = files.ToDictionary(f => f.File, f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Bytes)).Root!);
        var index = parsed["sitemap.xml"];
        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        var named = index.Elements(Sitemaps + "sitemap").ToList();
        Assert.Equal(files.Skip(1).Select(f => Absolute(f.File)), named.Select(s => s.Element(Sitemaps + "loc")!.Value));

        var listed = new List<string>();
        foreach (var (sitemap, part) in named.Zip(files.Skip(1).Select(f => parsed[f.File])))
        {
            Assert.Equal(Sitemaps + "urlset", part.Name);
            var urls = part.Elements(Sitemaps + "url").ToList();
            Assert.InRange(urls.Count, 1, WriteSitemap.MaxUrls);
            var newest = urls.Select(u => u.Element(Sitemaps + "lastmod")?.Value).OfType<string>()
                .Max(v => DateTimeOffset.Parse(v, CultureInfo.InvariantCulture));
            Assert.Equal(newest, DateTimeOffset.Parse(sitemap.Element(Sitemaps + "lastmod")!.Value, CultureInfo.InvariantCulture));
            listed.AddRange(urls.Select(u => u.Element(Sitemaps + "loc")!.Value));
        }

        Assert.Equal(entries.Select(e => e.Url), listed);
        Assert.All(files, f => Assert.True(f.Bytes.Length < 50 * 1024 * 1024, $"{f.File} is {f.Bytes.Length} bytes"));
    }
}
