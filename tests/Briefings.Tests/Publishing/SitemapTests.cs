using System.Globalization;
using System.Xml.Linq;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

[Collection(SampleSiteCollection.Name)]
public sealed class SitemapTests(SampleSiteFixture fixture)
{
    private const string Base = "https://briefings.example/";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private BuiltSite Site => fixture.Site;

    private Dictionary<string, DateTimeOffset> Entries()
    {
        var document = XDocument.Load(Path.Combine(Site.Output, "sitemap.xml"));
        Assert.Equal(Sitemaps + "urlset", document.Root!.Name);
        return document.Root.Elements(Sitemaps + "url").ToDictionary(
            u => u.Element(Sitemaps + "loc")!.Value,
            u => DateTimeOffset.Parse(u.Element(Sitemaps + "lastmod")!.Value, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_sitemap_lists_every_html_page_but_the_404_and_rail_fragments_with_absolute_urls()
    {
        var pages = Site.Files()
            .Where(f => f.EndsWith("index.html", StringComparison.Ordinal) && !f.StartsWith("rail/", StringComparison.Ordinal))
            .Select(f => Base + f[..^"index.html".Length])
            .Order(StringComparer.Ordinal);

        Assert.Equal(pages, Entries().Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Entries().Keys, url => url.Contains("404", StringComparison.Ordinal));
        Assert.Contains(Site.Files(), f => f.StartsWith("rail/", StringComparison.Ordinal));
    }

    [Fact]
    public void Lastmod_is_the_item_date_on_item_pages_and_the_newest_item_on_lists()
    {
        var entries = Entries();
        var angara = Site.PageAt("/angara-ship-docked-in-chinese-port/").QuerySelector("article time")!.GetAttribute("datetime")!;
        var newest = Site.PageAt("/").QuerySelectorAll(".feed__item time").Max(t => DateTimeOffset.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture));
        var secondPage = Site.PageAt("/page/2/").QuerySelectorAll(".feed__item time").Max(t => DateTimeOffset.Parse(t.GetAttribute("datetime")!, CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(angara, CultureInfo.InvariantCulture), entries[Base + "angara-ship-docked-in-chinese-port/"]);
        Assert.Equal(newest, entries[Base]);
        Assert.Equal(secondPage, entries[Base + "page/2/"]);
        Assert.True(secondPage < newest);
    }

    [Fact]
    public void Robots_txt_points_to_the_absolute_sitemap_url()
    {
        var lines = File.ReadAllLines(Path.Combine(Site.Output, "robots.txt"));

        Assert.Contains("User-agent: *", lines);
        Assert.Contains($"Sitemap: {Base}sitemap.xml", lines);
    }
}
