using AngleSharp.Dom;
using Briefings.Tests.Support;

namespace Briefings.Tests.Items;

/// <summary>Editor-supplied text lands in text and attributes; it must always arrive as text.</summary>
public sealed class EscapingTests : IDisposable
{
    private const string Hostile = "<script>alert(1)</script> \"quoted\" & more";

    private readonly SiteFolder _folder = new();
    private readonly BuiltSite _site;

    public EscapingTests()
    {
        var yaml = Hostile.Replace("\"", "\\\"", StringComparison.Ordinal);
        _folder.Write("hostile.md", $"""
            ---
            title: "{yaml}"
            date: 2025-01-02T09:00:00+00:00
            source: "{yaml}"
            tags: ["{yaml}", Russia]
            summary: "{yaml}"
            image:
              src: images/eu-flags.svg
              alt: "{yaml}"
              caption: "{yaml}"
              credit: "{yaml}"
            ---
            A plain body.
            """);
        _folder.Write("hostile-quote.md", $"""
            ---
            title: "{yaml} (quote)"
            date: 2025-01-03T09:00:00+00:00
            type: quote
            quote: "{yaml}"
            speaker: "{yaml}"
            context: "{yaml}"
            ---
            A plain body.
            """);
        _site = BuiltSite.Build(_folder.Root);
    }

    private const string TagSlug = "script-alert-1-script-quoted-more";

    [Theory]
    [InlineData("/hostile/")]
    [InlineData("/hostile-quote/")]
    [InlineData("/")]
    [InlineData("/tags/" + TagSlug + "/")]
    [InlineData("/tags/")]
    public void No_page_gains_a_script_element(string url)
    {
        Assert.True(_site.Report.Succeeded, string.Join(Environment.NewLine, _site.Report.Diagnostics));
        var page = _site.PageAt(url);
        var scripts = page.QuerySelectorAll("script:not([type='application/ld+json'])");
        var script = Assert.Single(scripts);
        Assert.Matches(@"^/assets/site\.[0-9a-f]{10}\.js$", script.GetAttribute("src"));
        Assert.All(page.QuerySelectorAll("script[type='application/ld+json']"), data => Assert.DoesNotContain("<", data.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_article_page_shows_every_field_as_text()
    {
        var page = _site.PageAt("/hostile/");
        var article = page.QuerySelector("main article")!;

        Assert.Equal($"{Hostile}: {Hostile}", article.QuerySelector("h1")!.TextContent);
        Assert.Equal(Hostile, article.QuerySelector(".article__summary")?.TextContent);
        Assert.Equal(Hostile, article.QuerySelector(".hero__caption")?.TextContent);
        Assert.Equal($"({Hostile})", article.QuerySelector(".hero__credit")?.TextContent);
        Assert.Equal(Hostile, article.QuerySelector("figure.hero img")?.GetAttribute("alt"));
        Assert.Equal(Hostile, article.QuerySelector(".tag-list a")?.TextContent);
        Assert.Equal($"/tags/{TagSlug}/", article.QuerySelector(".tag-list a")?.GetAttribute("href"));
        Assert.Equal(Hostile, page.QuerySelector("meta[name='description']")?.GetAttribute("content"));
        Assert.Equal($"{Hostile} · Briefings", page.Title);
    }

    [Fact]
    public void The_quote_page_and_card_show_the_words_speaker_and_context_as_text()
    {
        var article = _site.PageAt("/hostile-quote/").QuerySelector("main article")!;
        var card = CardOf("/hostile-quote/");

        foreach (var scope in new[] { article, card })
        {
            Assert.Equal($"“{Hostile}”", scope.QuerySelector("blockquote")?.TextContent);
            Assert.Equal(Hostile, scope.QuerySelector(".quote__context")?.TextContent);
            Assert.StartsWith(Hostile + ",", scope.QuerySelector("figcaption")?.TextContent);
        }
    }

    [Fact]
    public void The_feed_card_tag_page_and_tag_index_show_the_text_intact()
    {
        var card = CardOf("/hostile/");
        Assert.Equal($"{Hostile}: {Hostile}", card.QuerySelector(".card__title")?.TextContent);
        Assert.Equal(Hostile, card.QuerySelector(".card__summary")?.TextContent);
        Assert.Equal(Hostile, card.QuerySelector("img")?.GetAttribute("alt"));

        Assert.Equal(Hostile, _site.PageAt($"/tags/{TagSlug}/").QuerySelector("h1")?.TextContent);
        Assert.Contains(_site.PageAt("/tags/").QuerySelectorAll(".tag-index__name"), n => n.TextContent == Hostile);
    }

    public void Dispose()
    {
        _site.Dispose();
        _folder.Dispose();
    }

    private IElement CardOf(string url) =>
        _site.PageAt("/").QuerySelectorAll("article.card").Single(c => c.QuerySelector(".card__link")?.GetAttribute("href") == url);
}
