using System.IO.Abstractions;
using System.Xml.Linq;
using Briefings.Site;
using Briefings.Sitemap;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

/// <summary>
/// A build makes sitemap.xml and robots.txt in its Output phase, a check or preview (no output folder) in
/// PostProcess: either way they are the same files, made once.
/// </summary>
public sealed class SitemapPhaseTests
{
    [Fact]
    public async Task A_run_without_an_output_folder_makes_the_sitemap_and_robots_txt_a_build_writes()
    {
        using var site = new SiteFolder();
        using var temp = new TemporaryDirectory();
        for (var day = 1; day <= 12; day++)
        {
            site.Write($"item-{day}.md", SiteFolder.Article($"Item {day}", day: day));
        }

        var options = new BuildOptions { Now = BuiltSite.Now };
        var output = temp.Combine("output");
        var written = await new SiteBuilder(new FileSystem()).BuildAsync(site.Root, output, options, cancellationToken: TestContext.Current.CancellationToken);
        var checkedOnly = await new SiteBuilder(new FileSystem()).BuildAsync(site.Root, output: null, options, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(written.Succeeded);
        Assert.True(checkedOnly.Succeeded);
        foreach (var file in new[] { WriteSitemap.SitemapFile, WriteSitemap.RobotsFile })
        {
            var made = Assert.Single(checkedOnly.Documents, d => d.Destination == file);
            Assert.Equal(File.ReadAllBytes(Path.Combine(output, file)), made.Content.Bytes);
        }

        var urls = XDocument.Load(Path.Combine(output, WriteSitemap.SitemapFile)).Root!.Elements().Select(u => u.Elements().First().Value).ToList();
        Assert.Contains("https://briefings.example/item-12/", urls);
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
    }
}
