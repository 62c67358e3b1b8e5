using Briefings.Tests.Support;

namespace Briefings.Tests.Templates;

/// <summary>A page is written whole, however long: Scriban's default would cut any string it writes at 1 MiB.</summary>
public sealed class LongPageTests
{
    [Fact]
    public void A_body_whose_markup_passes_a_mebibyte_is_written_to_its_last_paragraph()
    {
        // 480 KB of source, within the 512 KB limit; every & becomes &amp;, so the markup passes 1 MiB.
        var paragraphs = Enumerable.Repeat(string.Concat(Enumerable.Repeat("& ", 200)), 1_200);
        var body = string.Join("\n\n", paragraphs) + "\n\nThe last paragraph.";
        using var site = new SiteFolder();
        site.Write("long.md", SiteFolder.Article("Long", body: body));

        using var built = BuiltSite.Build(site.Root);

        Assert.True(built.Report.Succeeded, string.Join("\n", built.Report.Diagnostics));
        Assert.True(new FileInfo(Path.Combine(built.Output, "long", "index.html")).Length > 1 << 20);
        var page = built.Page("long/index.html");
        Assert.Equal("The last paragraph.", page.QuerySelectorAll("main p").Last(p => p.TextContent.Contains("paragraph", StringComparison.Ordinal)).TextContent);
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
    }
}
