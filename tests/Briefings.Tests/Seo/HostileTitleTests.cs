using Briefings.Tests.Support;

namespace Briefings.Tests.Seo;

public sealed class HostileTitleTests
{
    private const string Title = "Quotes \"here\" & 'there' </script><script>alert(1)</script> <!-- end";

    [Fact]
    public void A_title_with_quotes_ampersands_and_a_closing_script_tag_leaves_every_page_valid()
    {
        using var folder = new SiteFolder();
        folder.Write("hostile.md", SiteFolder.Article(Title));
        using var site = BuiltSite.Build(folder.Root);
        Assert.True(site.Report.Succeeded, string.Join(Environment.NewLine, site.Report.Diagnostics));

        var page = site.PageAt("/hostile/");
        Assert.Equal(Title, page.QuerySelector("h1")!.TextContent.Trim());
        AssertOnlyTheSiteScript(page);
        using var json = MetadataTests.NewsArticle(page);
        Assert.Equal(Title, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal(Title, page.QuerySelectorAll("meta[property='og:title']").Single().GetAttribute("content"));

        foreach (var file in site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            AssertOnlyTheSiteScript(site.Page(file));
        }
    }

    [Fact]
    public void The_serialized_json_ld_never_holds_a_raw_angle_bracket_or_ampersand()
    {
        using var folder = new SiteFolder();
        folder.Write("hostile.md", SiteFolder.Article(Title));
        using var site = BuiltSite.Build(folder.Root);

        var script = site.PageAt("/hostile/").QuerySelector("script[type='application/ld+json']")!.InnerHtml;

        Assert.DoesNotContain("<", script, StringComparison.Ordinal);
        Assert.DoesNotContain(">", script, StringComparison.Ordinal);
        Assert.DoesNotContain("&", script, StringComparison.Ordinal);
    }

    /// <summary>The one script a page may carry besides its JSON-LD: the theme's own, by its fingerprinted name.</summary>
    private static void AssertOnlyTheSiteScript(AngleSharp.Dom.IDocument page)
    {
        var scripts = page.QuerySelectorAll("script:not([type='application/ld+json'])");
        Assert.All(scripts, script => Assert.Matches(@"^/assets/site\.[0-9a-f]{10}\.js$", script.GetAttribute("src")));
        Assert.True(scripts.Length <= 1);
    }
}
