using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Parser;
using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Feeds;

public sealed class FeedContentTests
{
    private const string Body = "Read [the News Feed](/) and see ![a map](/images/angara-shipyard.svg \"map\").";

    [Fact]
    public void Full_feeds_carry_the_body_with_every_link_made_absolute()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("site.yml", File.ReadAllText(folder.Combine("site.yml")) + "\nfeed_content: full\n");
        folder.Write("one.md", SiteFolder.Article("One", Body));
        using var site = BuiltSite.Build(folder.Root);
        Assert.True(site.Report.Succeeded, string.Join(Environment.NewLine, site.Report.Diagnostics));

        var atom = Load(site, "atom.xml").Items.Single();
        var content = Assert.IsType<TextSyndicationContent>(atom.Content);
        Assert.Equal("html", content.Type);
        AssertAbsolute(content.Text);
        Assert.Equal("A summary.", atom.Summary.Text);

        AssertAbsolute(Load(site, "rss.xml").Items.Single().Summary.Text);

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "feed.json")));
        AssertAbsolute(json.RootElement.GetProperty("items")[0].GetProperty("content_html").GetString()!);
    }

    [Fact]
    public void Summary_feeds_carry_only_the_summary()
    {
        using var folder = new SiteFolder();
        folder.Write("one.md", SiteFolder.Article("One", Body));
        using var site = BuiltSite.Build(folder.Root);

        var atom = Load(site, "atom.xml").Items.Single();
        Assert.Null(atom.Content);
        Assert.Equal("A summary.", atom.Summary.Text);
        Assert.Equal("A summary.", Load(site, "rss.xml").Items.Single().Summary.Text);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "feed.json")));
        var item = json.RootElement.GetProperty("items")[0];
        Assert.False(item.TryGetProperty("content_html", out _));
        Assert.Equal("A summary.", item.GetProperty("content_text").GetString());
    }

    [Fact]
    public void Feed_size_limits_every_feed()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("site.yml", File.ReadAllText(folder.Combine("site.yml")) + "\nfeed_size: 2\n");
        for (var day = 1; day <= 4; day++)
        {
            folder.Write($"item-{day}.md", SiteFolder.Article($"Item {day}", day: day));
        }

        using var site = BuiltSite.Build(folder.Root);

        Assert.Equal(["Item 4", "Item 3"], Load(site, "rss.xml").Items.Select(i => i.Title.Text));
        Assert.Equal(2, Load(site, "tags/russia/atom.xml").Items.Count());
    }

    [Theory]
    [InlineData("feed_content: partial")]
    [InlineData("feed_size: 0")]
    public void Invalid_feed_settings_are_errors_with_their_line(string line)
    {
        using var folder = new SiteFolder();
        var lines = File.ReadAllLines(folder.Combine("site.yml")).Length;
        folder.WriteFile("site.yml", File.ReadAllText(folder.Combine("site.yml")) + line + "\n");
        folder.Write("one.md", SiteFolder.Article("One"));

        using var site = BuiltSite.Build(folder.Root);

        var error = Assert.Single(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.InvalidConfiguration);
        Assert.Equal("site.yml", error.File);
        Assert.Equal(lines + 1, error.Line);
    }

    private static void AssertAbsolute(string html)
    {
        var fragment = new HtmlParser().ParseDocument(html);
        Assert.Equal("https://briefings.example/", fragment.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("https://briefings.example/images/angara-shipyard.svg", fragment.QuerySelector("img")?.GetAttribute("src"));
    }

    private static SyndicationFeed Load(BuiltSite site, string file)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, file));
        return SyndicationFeed.Load(reader);
    }
}
