using AngleSharp.Html.Parser;
using Briefings.Catalog;
using Briefings.Templates;
using Briefings.Tests.Support;
using Scriban.Runtime;

namespace Briefings.Tests.Catalog;

/// <summary>An item view is equal only to itself (one view per item per build), and a template's <c>for.changed</c> follows that.</summary>
public sealed class ItemViewIdentityTests
{
    [Fact]
    public void A_view_equals_itself_only_not_a_copy_with_the_same_members()
    {
        var view = ItemViews.Article("first", "First");
        var copy = view with { };

        Assert.True(view.Equals(view));
        Assert.False(view.Equals(copy));
        Assert.False(view.Equals((object?)null));
        Assert.Equal(view.GetHashCode(), view.GetHashCode());
        Assert.Single(new HashSet<ItemView> { view, view });
        Assert.Equal(2, new HashSet<ItemView> { view, copy }.Count);
    }

    [Fact]
    public void For_changed_is_false_only_for_the_same_view_listed_again()
    {
        var first = ItemViews.Article("first", "First");
        var second = ItemViews.Article("second", "Second");
        var copyOfFirst = first with { }; // never made by a build: the catalog makes one view per item
        var templates = TemplateSet.Parse(
            [("page", "templates/page.html", "<ol>{{ for item in items }}<li data-slug=\"{{ item.slug }}\" data-changed=\"{{ for.changed }}\"></li>{{ end }}</ol>")],
            diagnostic => Assert.Fail(diagnostic.Message));

        var globals = new ScriptObject { ["items"] = new[] { first, first, second, first, copyOfFirst } };
        var page = new HtmlParser().ParseDocument(templates.Render("page", globals));

        var entries = page.QuerySelectorAll("li").Select(li => (li.GetAttribute("data-slug"), li.GetAttribute("data-changed"))).ToList();
        Assert.Equal([("first", "true"), ("first", "false"), ("second", "true"), ("first", "true"), ("first", "true")], entries);
    }
}
