using System.Security.Cryptography;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

[Collection(SampleSiteCollection.Name)]
public sealed class FingerprintTests(SampleSiteFixture fixture)
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_stylesheet_is_written_under_a_name_holding_its_content_hash()
    {
        var source = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "templates", "assets", "site.css"));
        var expected = $"assets/site.{Convert.ToHexStringLower(SHA256.HashData(source))[..10]}.css";

        Assert.True(Site.Exists(expected), $"expected {expected}");
        Assert.False(Site.Exists("assets/site.css"));
        Assert.Equal(source, File.ReadAllBytes(Path.Combine(Site.Output, expected)));
    }

    [Fact]
    public void Every_page_links_the_fingerprinted_stylesheet()
    {
        var stylesheet = Site.Files().Single(f => f.StartsWith("assets/site.", StringComparison.Ordinal) && f.EndsWith(".css", StringComparison.Ordinal));

        foreach (var file in Site.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.Equal("/" + stylesheet, Site.Page(file).QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void Pictures_keep_their_names()
    {
        Assert.True(Site.Exists("images/angara-shipyard.svg"));
    }

    [Fact]
    public void A_changed_stylesheet_gets_a_new_name()
    {
        using var folder = new SiteFolder();
        folder.Write("one.md", SiteFolder.Article("One"));
        using var before = BuiltSite.Build(folder.Root);
        File.AppendAllText(folder.Combine("templates", "assets", "site.css"), "\n.changed { color: red; }\n");
        folder.WriteFile("templates/assets/site.js", "console.log('hello');\n");
        using var after = BuiltSite.Build(folder.Root);

        var oldName = before.Page("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href");
        var newName = after.Page("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href");
        Assert.NotEqual(oldName, newName);
        Assert.True(after.Exists(newName!.TrimStart('/')));
        Assert.Single(after.Files(), f => f.StartsWith("assets/site.", StringComparison.Ordinal) && f.EndsWith(".js", StringComparison.Ordinal) && f != "assets/site.js");
    }
}
