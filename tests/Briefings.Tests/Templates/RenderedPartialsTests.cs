using AngleSharp.Html.Parser;
using Briefings.Catalog;
using Briefings.Feeds;
using Briefings.Pages;
using Briefings.Templates;
using Briefings.Tests.Support;
using Scriban.Runtime;

namespace Briefings.Tests.Templates;

/// <summary>A pure partial's markup is reused for the same item; nothing else is, so no page shows another's markup.</summary>
public sealed class RenderedPartialsTests
{
    private static readonly ItemView First = ItemViews.Article("first", "First <headline>");
    private static readonly ItemView Second = ItemViews.Article("second", "Second & last");

    [Fact]
    public void Pages_sharing_items_each_show_their_own_items_cards()
    {
        var templates = Parse(
            ("page", "{{ for item in items }}{{ include \"partials/card\" }}{{ end }}"),
            ("partials/card", "<article data-slug=\"{{ item.slug }}\">{{ include \"partials/label\" }}<h2>{{ item.title }}</h2></article>"),
            ("partials/label", "<span>{{ item.type }}</span>"));

        var both = Cards(templates.Render("page", Globals(("items", new[] { First, Second }))));
        var reversed = Cards(templates.Render("page", Globals(("items", new[] { Second, First }))));
        var again = Cards(templates.Render("page", Globals(("items", new[] { First }))));

        Assert.Equal([("first", "First <headline>"), ("second", "Second & last")], both);
        Assert.Equal([("second", "Second & last"), ("first", "First <headline>")], reversed);
        Assert.Equal([("first", "First <headline>")], again);
        Assert.Equal(2, templates.Partials.Count); // one card per item, kept once; the label inside it is not kept again
    }

    [Fact]
    public void A_partial_included_once_keeps_no_markup()
    {
        var templates = Parse(("page", "{{ include \"partials/card\" }}"), ("partials/card", "<h2>{{ item.title }}</h2>"));

        var page = Parser.ParseDocument(templates.Render("page", Globals(("item", First))));

        Assert.Equal("First <headline>", page.QuerySelector("h2")?.TextContent);
        Assert.Equal(0, templates.Partials.Count);
    }

    [Fact]
    public void A_list_entry_keeps_its_markup_from_its_first_render_and_each_item_keeps_its_own()
    {
        var templates = Parse(
            ("page", "{{ for item in items }}{{ include \"partials/card\" }}{{ end }}"),
            ("partials/card", "<article data-slug=\"{{ item.slug }}\"><h2>{{ item.title }}</h2></article>"));

        var first = Cards(templates.Render("page", Globals(("items", new[] { First }))));
        Assert.Equal(1, templates.Partials.Count); // kept at once: an entry of one list is an entry of others
        var both = Cards(templates.Render("page", Globals(("items", new[] { Second, First }))));

        Assert.Equal([("first", "First <headline>")], first);
        Assert.Equal([("second", "Second & last"), ("first", "First <headline>")], both);
        Assert.Equal(2, templates.Partials.Count);
    }

    [Fact]
    public void A_partial_that_reads_a_page_variable_is_rendered_on_every_page()
    {
        var templates = Parse(
            ("page", "{{ include \"partials/card\" }}"),
            ("partials/card", "<article data-slug=\"{{ item.slug }}\"><h2>{{ item.title }}</h2><p>{{ page_name }}</p></article>"));

        var one = Parser.ParseDocument(templates.Render("page", Globals(("item", First), ("page_name", "one"))));
        var two = Parser.ParseDocument(templates.Render("page", Globals(("item", First), ("page_name", "two"))));

        Assert.Equal("one", one.QuerySelector("article p")?.TextContent);
        Assert.Equal("two", two.QuerySelector("article p")?.TextContent);
        Assert.Equal(0, templates.Partials.Count);
    }

    [Fact]
    public void A_value_that_can_change_is_rendered_at_every_include()
    {
        var templates = Parse(("page", "{{ include \"partials/card\" }}"), ("partials/card", "<h2>{{ item.title }}</h2>"));
        var item = new ScriptObject { ["title"] = "Before" };

        var before = Parser.ParseDocument(templates.Render("page", Globals(("item", item))));
        item["title"] = "After";
        var after = Parser.ParseDocument(templates.Render("page", Globals(("item", item))));

        Assert.Equal("Before", before.QuerySelector("h2")?.TextContent);
        Assert.Equal("After", after.QuerySelector("h2")?.TextContent);
    }

    [Fact]
    public void A_reused_partials_text_is_still_escaped_once()
    {
        var templates = Parse(("page", "{{ include \"partials/card\" }}{{ include \"partials/card\" }}"), ("partials/card", "<h2>{{ item.title }}</h2>"));

        var page = Parser.ParseDocument(templates.Render("page", Globals(("item", First))));

        Assert.All(page.QuerySelectorAll("h2"), h2 => Assert.Equal("First <headline>", h2.TextContent));
        Assert.Equal(2, page.QuerySelectorAll("h2").Length);
    }

    [Fact]
    public void The_sites_feed_links_are_rendered_once_and_shown_on_every_page()
    {
        var feedLinks = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "partials", "feed-links.html"));
        var templates = Parse(("page", "<head>\n  {{ include \"partials/feed-links\" }}\n</head>"), ("partials/feed-links", feedLinks));
        var site = SiteViewsByHand.News() with
        {
            Feeds = [new FeedLinkView("News (RSS)", "application/rss+xml", "/rss.xml"), new FeedLinkView("News & <more>", "application/atom+xml", "/atom.xml")],
        };

        var pages = Enumerable.Range(0, 3).Select(_ => Parser.ParseDocument(templates.Render("page", Globals(("site", site))))).ToList();

        Assert.All(pages, page => Assert.Equal(
            [("application/rss+xml", "/rss.xml", "News (RSS)"), ("application/atom+xml", "/atom.xml", "News & <more>")],
            page.Head!.QuerySelectorAll("link[rel=alternate]").Select(link => (link.GetAttribute("type"), link.GetAttribute("href"), link.GetAttribute("title")))));
        Assert.Equal(1, templates.Partials.Count);
    }

    private static readonly HtmlParser Parser = new();

    private static List<(string?, string?)> Cards(string html) =>
        [.. Parser.ParseDocument(html).QuerySelectorAll("article").Select(a => (a.GetAttribute("data-slug"), a.QuerySelector("h2")?.TextContent))];

    private static TemplateSet Parse(params (string Name, string Text)[] sources) =>
        TemplateSet.Parse(sources.Select(s => (s.Name, $"{s.Name}.html", s.Text)), diagnostic => Assert.Fail(diagnostic.Message));

    private static ScriptObject Globals(params (string Name, object Value)[] values)
    {
        var globals = new ScriptObject();
        foreach (var (name, value) in values)
        {
            globals[name] = value;
        }

        return globals;
    }
}
