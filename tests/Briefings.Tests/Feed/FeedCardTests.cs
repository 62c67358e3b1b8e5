using AngleSharp.Dom;
using Briefings.Tests.Support;

namespace Briefings.Tests.Feed;

[Collection(SampleSiteCollection.Name)]
public sealed class FeedCardTests(SampleSiteFixture fixture)
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Article_cards_carry_source_headline_reading_time_summary_thumbnail_and_date()
    {
        var card = Card("angara-ship-docked-in-chinese-port");

        Assert.Contains("card--article", card.ClassList);
        Assert.Equal("Reuters:", card.QuerySelector(".card__title .source")?.TextContent);
        Assert.Equal("/angara-ship-docked-in-chinese-port/", card.QuerySelector(".card__title a")?.GetAttribute("href"));
        Assert.Matches(@"^\d+ min read$", card.QuerySelector(".reading-time")?.TextContent);
        Assert.False(string.IsNullOrWhiteSpace(card.QuerySelector(".card__summary")?.TextContent));
        var image = card.QuerySelector("img")!;
        Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
        Assert.NotNull(image.GetAttribute("width"));
        Assert.NotNull(image.GetAttribute("height"));
        Assert.Equal("2024-04-26T09:30:00+03:00", card.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Equal("April 26, 2024", card.QuerySelector("time")?.TextContent);
    }

    [Fact]
    public void Quote_cards_carry_the_words_the_speaker_the_context_and_a_link_to_the_item()
    {
        var card = Card("china-foreign-ministry-energy-cooperation");

        Assert.Contains("card--quote", card.ClassList);
        Assert.StartsWith("“It is legitimate and lawful for China", card.QuerySelector("blockquote")?.TextContent);
        Assert.StartsWith("China's Foreign Ministry", card.QuerySelector("figcaption")?.TextContent);
        Assert.Equal("in response to a question about Russian oil purchases posed by Bloomberg", card.QuerySelector(".quote__context")?.TextContent);
        Assert.Equal("/china-foreign-ministry-energy-cooperation/", card.QuerySelector(".card__link")?.GetAttribute("href"));
        Assert.Null(card.QuerySelector(".reading-time"));
    }

    [Fact]
    public void Video_cards_are_compact_with_the_poster_as_a_thumbnail_title_and_description()
    {
        var card = Card("foreign-fighters-in-ukraine");

        Assert.Contains("card--video", card.ClassList);
        Assert.Equal("The foreign fighters who stayed in Ukraine", card.QuerySelector(".card__title")?.TextContent);
        Assert.StartsWith("At the start of Russia’s full-scale invasion", card.QuerySelector(".card__summary")?.TextContent);
        var poster = card.QuerySelector(".card__media img")!;
        Assert.Equal("/images/video-foreign-fighters.svg", poster.GetAttribute("src"));
        Assert.NotNull(poster.GetAttribute("width"));
        Assert.NotNull(card.QuerySelector(".card__media .play-badge"));
        Assert.Null(card.QuerySelector("iframe, video"));
    }

    [Fact]
    public void Every_card_on_the_feed_is_drawn_by_its_items_type()
    {
        var types = SampleFrontMatter.All.ToDictionary(b => b.Slug, b => b.Type);
        var cards = PagedList.Pages(Site, "/").SelectMany(p => p.Page.QuerySelectorAll("main [data-feed-items] > li > article.card")).ToList();

        Assert.Equal(types.Count, cards.Count);
        Assert.All(cards, card => Assert.Contains($"card--{types[Slug(card)]}", card.ClassList));
        Assert.Contains(cards, c => c.ClassList.Contains("card--quote"));
        Assert.Contains(cards, c => c.ClassList.Contains("card--video"));
    }

    private IElement Card(string slug) =>
        PagedList.Pages(Site, "/").SelectMany(p => p.Page.QuerySelectorAll("main [data-feed-items] > li > article.card")).Single(c => Slug(c) == slug);

    private static string Slug(IElement card) => card.QuerySelector(".card__link")!.GetAttribute("href")!.Trim('/');
}
