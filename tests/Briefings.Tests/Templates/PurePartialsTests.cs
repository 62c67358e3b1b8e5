using Briefings.Templates;
using Briefings.Tests.Support;

namespace Briefings.Tests.Templates;

/// <summary>Which partials may reuse their markup: proven from the templates' syntax, never assumed.</summary>
public sealed class PurePartialsTests
{
    [Fact]
    public void The_sites_cards_rail_lists_feed_links_author_boxes_and_navigation_depend_only_on_their_item_rail_site_author_or_nav()
    {
        var pure = PurePartials.Find(ShippedTemplates.Parse().Parsed);

        Assert.Equal("item", pure["partials/card"]);
        Assert.Equal("item", pure["partials/card-article"]);
        Assert.Equal("item", pure["partials/card-quote"]);
        Assert.Equal("item", pure["partials/section-label"]);
        Assert.Equal("rail_item", pure["partials/rail-item"]);
        Assert.Equal("rail", pure["partials/rail-list"]); // its entries' rail_item is its own loop's
        Assert.Equal("site", pure["partials/feed-links"]); // the same on every page
        Assert.Equal("author", pure["partials/about-author"]); // the same on every page of the author's items
        Assert.False(pure.ContainsKey("partials/author-box")); // assigns `author`
        Assert.False(pure.ContainsKey("partials/rail")); // page
        Assert.False(pure.ContainsKey("partials/feed-items")); // items, pager
        Assert.Equal("card", pure["partials/related-card"]); // a related card, the same on every page showing it
        Assert.Equal("related", pure["partials/related-list"]); // but an item's list is not an immutable view: rendered every time
        Assert.Equal("nav", pure["partials/site-nav"]); // the same on every page whose navigation is in the same state
        Assert.False(pure.ContainsKey("layout"));
    }

    [Theory]
    [InlineData("{{ item.title }} {{ page.title }}")] // a second variable
    [InlineData("{{ title = item.title }}{{ title }}")] // an assignment
    [InlineData("{{ item.title }} {{ date.now }}")] // a builtin that is not a function of its arguments
    [InlineData("{{ item.title }} {{ for.index }}")] // the including template's loop
    [InlineData("{{ item.title }} {{ $0 }}")] // include's arguments
    [InlineData("{{ include \"partials/impure-\" + item.type }}")] // a name that may denote an impure partial
    [InlineData("{{ include item.template }}")] // a name that may denote any template, itself included
    [InlineData("{{ include \"partials/p\" }}")] // itself
    public void A_partial_reading_anything_but_one_variable_is_not_pure(string text)
    {
        var pure = PurePartials.Find(Parse(("partials/p", "p.html", text), ("partials/impure-article", "i.html", "{{ item.title }}{{ page.url }}")).Parsed);

        Assert.False(pure.ContainsKey("partials/p"));
    }

    [Theory]
    [InlineData("{{ for tag in item.tags }}{{ tag.name }} {{ for.index }}{{ end }}")] // its own loop
    [InlineData("{{ item.tags | array.size }} {{ item.title | string.upcase }}")] // pure builtins
    [InlineData("{{ include \"partials/pure-\" + item.type }}")] // every candidate is pure in item
    [InlineData("{{ if item.summary }}{{ item.summary }}{{ else }}{{ item.title }}{{ end }}")]
    public void A_partial_reading_only_one_variable_is_pure(string text)
    {
        var pure = PurePartials.Find(Parse(("partials/p", "p.html", text), ("partials/pure-article", "a.html", "{{ item.url }}")).Parsed);

        Assert.Equal("item", pure["partials/p"]);
    }

    [Fact]
    public void A_template_that_assigns_a_builtins_name_makes_no_partial_pure()
    {
        var pure = PurePartials.Find(Parse(("partials/p", "p.html", "{{ item.title | string.upcase }}"), ("page", "page.html", "{{ string = 1 }}")).Parsed);

        Assert.Empty(pure);
    }

    private static TemplateSet Parse(params (string Name, string File, string Text)[] sources) =>
        TemplateSet.Parse(sources, diagnostic => Assert.Fail(diagnostic.Message));
}
