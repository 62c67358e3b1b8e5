using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Briefings.Tests.Support;

namespace Briefings.Tests.Feeds;

[Collection(SampleSiteCollection.Name)]
public sealed class FeedTests(SampleSiteFixture fixture)
{
    private const string Base = "https://briefings.example/";

    private BuiltSite Site => fixture.Site;

    public static TheoryData<string> XmlFeeds => ["rss.xml", "atom.xml", "tags/russia/rss.xml", "tags/russia/atom.xml"];

    [Theory]
    [MemberData(nameof(XmlFeeds))]
    public void Rss_and_atom_feeds_parse_with_their_required_elements_newest_first(string file)
    {
        var feed = Load(file);

        Assert.False(string.IsNullOrWhiteSpace(feed.Title.Text));
        Assert.False(string.IsNullOrWhiteSpace(feed.Description?.Text));
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == Base + file);
        Assert.NotEmpty(feed.Items);
        var items = feed.Items.ToList();
        Assert.All(items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Title.Text));
            Assert.StartsWith(Base, item.Id);
            var link = Assert.Single(item.Links).Uri;
            Assert.True(link.IsAbsoluteUri);
            Assert.True(Site.Exists(link.AbsolutePath.TrimStart('/') + "index.html"), $"{link} is not a page");
            Assert.NotEqual(default, item.PublishDate);
            Assert.False(string.IsNullOrWhiteSpace(item.Summary?.Text));
        });
        Assert.Equal(items.Select(i => i.PublishDate).OrderByDescending(d => d), items.Select(i => i.PublishDate));
        Assert.Equal(items.Max(i => i.PublishDate), feed.LastUpdatedTime);
    }

    [Fact]
    public void The_site_feed_lists_the_configured_number_of_newest_items()
    {
        var items = Load("rss.xml").Items.ToList();
        var newest = Site.PageAt("/").QuerySelectorAll(".feed__item").Select(card => card.QuerySelector("a.card__link")!.GetAttribute("href")).ToList();

        Assert.Equal(20, items.Count);
        Assert.Equal(newest, items.Take(newest.Count).Select(i => i.Links[0].Uri.AbsolutePath));
    }

    [Fact]
    public void Every_tag_has_three_feeds_holding_only_its_items()
    {
        var tags = Directory.EnumerateDirectories(Path.Combine(Site.Output, "tags")).Select(Path.GetFileName).ToList();

        Assert.Contains("russia", tags);
        Assert.All(tags, tag =>
        {
            Assert.True(Site.Exists($"tags/{tag}/rss.xml") && Site.Exists($"tags/{tag}/atom.xml") && Site.Exists($"tags/{tag}/feed.json"), tag);
            Assert.All(Load($"tags/{tag}/atom.xml").Items, item => Assert.NotEmpty(item.Categories));
        });
        Assert.All(Load("tags/eu/rss.xml").Items, item => Assert.Contains(item.Categories, c => c.Name == "EU"));
    }

    [Theory]
    [InlineData("feed.json")]
    [InlineData("tags/russia/feed.json")]
    public void Json_feeds_parse_with_the_required_fields(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Site.Output, file)));
        var root = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.Equal(Base + file, root.GetProperty("feed_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, item =>
        {
            Assert.StartsWith(Base, item.GetProperty("id").GetString());
            Assert.StartsWith(Base, item.GetProperty("url").GetString());
            Assert.True(item.TryGetProperty("content_html", out _) || item.TryGetProperty("content_text", out _));
            if (item.TryGetProperty("image", out var image))
            {
                Assert.StartsWith(Base, image.GetString());
            }
        });
        var dates = items.Select(i => i.GetProperty("date_published").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public void Every_page_links_the_site_feeds_from_its_head()
    {
        var links = Site.PageAt("/").QuerySelectorAll("head link[rel=alternate]").ToDictionary(l => l.GetAttribute("type")!, l => l.GetAttribute("href"));

        Assert.Equal("/rss.xml", links["application/rss+xml"]);
        Assert.Equal("/atom.xml", links["application/atom+xml"]);
        Assert.Equal("/feed.json", links["application/feed+json"]);
    }

    private SyndicationFeed Load(string file)
    {
        using var reader = XmlReader.Create(Path.Combine(Site.Output, file));
        return SyndicationFeed.Load(reader);
    }
}
