using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Briefings.Catalog;
using Briefings.Templates;
using Briefings.Tests.Support;
using Scriban.Runtime;

namespace Briefings.Tests.Related;

/// <summary>A related card's picture is the item's image, else its video's poster (<c>item.thumbnail</c>), else none.</summary>
public sealed class RelatedCardThumbnailTests
{
    [Fact]
    public void A_related_card_shows_the_items_image_else_its_videos_poster_else_no_picture()
    {
        var article = Item("tanker-seized", "article") with { Image = new ImageView("/images/tanker.jpg", "A tanker at sea", Caption: null, Credit: null, Width: 800, Height: 450) };
        var video = Item("port-visit", "video") with { Video = new VideoView("/videos/port.mp4", new ImageView("/images/port.jpg", "A port at dawn", Caption: null, Credit: null, Width: null, Height: null), "1:20", IsEmbed: false) };
        var quote = Item("minister-says", "quote");
        var globals = new ScriptObject { ["related"] = ImmutableArray.Create(article, video, quote) };

        // Rendered three times: from the third on, the cards' kept markups are written.
        var templates = ShippedTemplates.Parse();
        var pages = Enumerable.Range(0, 3).Select(_ => new HtmlParser().ParseDocument(templates.Render("partials/related-list", globals))).ToList();

        Assert.All(pages, page =>
        {
            var cards = page.QuerySelectorAll(".related-card").ToList();
            Assert.Equal(["/tanker-seized/", "/port-visit/", "/minister-says/"], cards.Select(card => card.QuerySelector("h3 a")?.GetAttribute("href")));
            Assert.Equal(("/images/tanker.jpg", "A tanker at sea", "800"), Picture(cards[0]));
            Assert.Equal(("/images/port.jpg", "A port at dawn", null), Picture(cards[1]));
            Assert.Null(cards[2].QuerySelector("img"));
        });
        Assert.Equal(3, templates.Partials.Count);
    }

    private static ItemView Item(string slug, string type) => ItemViews.Article(slug, $"About {slug}") with { Type = type };

    private static (string?, string?, string?) Picture(AngleSharp.Dom.IElement card) =>
        card.QuerySelector("img.related-card__thumb") is { } img ? (img.GetAttribute("src"), img.GetAttribute("alt"), img.GetAttribute("width")) : default;
}
