using System.Text.Json;
using AngleSharp.Dom;
using Briefings.Tests.Support;

namespace Briefings.Tests.Seo;

[Collection(SampleSiteCollection.Name)]
public sealed class MetadataTests(SampleSiteFixture fixture)
{
    private const string Base = "https://briefings.example/";

    private BuiltSite Site => fixture.Site;

    private IEnumerable<string> HtmlFiles => Site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal));

    [Fact]
    public void Every_page_has_title_description_canonical_open_graph_and_twitter_tags()
    {
        foreach (var file in HtmlFiles)
        {
            var page = Site.Page(file);
            Assert.False(string.IsNullOrWhiteSpace(page.Title), file);
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "name", "description")), file);
            var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.StartsWith(Base, canonical);
            Assert.Equal(canonical, Meta(page, "property", "og:url"));
            foreach (var property in new[] { "og:title", "og:description", "og:type", "og:site_name" })
            {
                Assert.False(string.IsNullOrWhiteSpace(Meta(page, "property", property)), $"{file}: {property}");
            }

            Assert.Contains(Meta(page, "name", "twitter:card"), new[] { "summary", "summary_large_image" });
            if (Meta(page, "property", "og:image") is { } image)
            {
                Assert.StartsWith(Base, image);
                Assert.Equal(image, Meta(page, "name", "twitter:image"));
                Assert.True(Site.Exists(new Uri(image).AbsolutePath.TrimStart('/')), $"{file}: {image}");
            }
        }
    }

    [Fact]
    public void Item_pages_with_pictures_share_them_as_large_cards()
    {
        var page = Site.PageAt("/angara-ship-docked-in-chinese-port/");

        Assert.Equal(Base + "images/angara-shipyard.svg", Meta(page, "property", "og:image"));
        Assert.Equal("1200", Meta(page, "property", "og:image:width"));
        Assert.Equal("summary_large_image", Meta(page, "name", "twitter:card"));
        Assert.Equal("article", Meta(page, "property", "og:type"));
        Assert.Equal("website", Meta(Site.PageAt("/"), "property", "og:type"));
    }

    [Fact]
    public void Every_item_page_has_one_news_article_in_json_ld_with_the_required_fields()
    {
        var items = HtmlFiles.Where(f => f.Count(c => c == '/') == 1 && Site.Page(f).QuerySelector("main article.article") is not null).ToList();
        Assert.True(items.Count >= 30);
        foreach (var file in items)
        {
            var page = Site.Page(file);
            using var json = NewsArticle(page);
            var article = json.RootElement;
            var url = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href");

            Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
            Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("headline").GetString()));
            var published = article.GetProperty("datePublished").GetDateTimeOffset();
            Assert.Equal(published, DateTimeOffset.Parse(page.QuerySelector("article time")!.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(article.GetProperty("dateModified").GetDateTimeOffset() >= published);
            Assert.False(string.IsNullOrWhiteSpace(article.GetProperty("author").GetProperty("name").GetString()));
            Assert.Contains(article.GetProperty("author").GetProperty("@type").GetString(), new[] { "Person", "Organization" });
            Assert.Equal("Organization", article.GetProperty("publisher").GetProperty("@type").GetString());
            Assert.Equal("Briefings", article.GetProperty("publisher").GetProperty("name").GetString());
            Assert.Equal(url, article.GetProperty("mainEntityOfPage").GetProperty("@id").GetString());
            if (article.TryGetProperty("image", out var images))
            {
                Assert.All(images.EnumerateArray(), i => Assert.StartsWith(Base, i.GetString()));
            }
        }

        using var angara = NewsArticle(Site.PageAt("/angara-ship-docked-in-chinese-port/"));
        Assert.Equal(Base + "images/angara-shipyard.svg", angara.RootElement.GetProperty("image")[0].GetString());
    }

    [Fact]
    public void Pages_other_than_items_have_no_json_ld()
    {
        Assert.Empty(Site.PageAt("/").QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Empty(Site.Page("404.html").QuerySelectorAll("script[type='application/ld+json']"));
    }

    internal static JsonDocument NewsArticle(IDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent);
    }

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelectorAll($"meta[{attribute}]").FirstOrDefault(m => m.GetAttribute(attribute) == name)?.GetAttribute("content");
}
