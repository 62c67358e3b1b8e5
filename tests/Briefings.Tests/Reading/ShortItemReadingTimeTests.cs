using Briefings.Tests.Support;

namespace Briefings.Tests.Reading;

public sealed class ShortItemReadingTimeTests
{
    [Fact]
    public void A_ten_word_item_reads_one_minute_not_zero()
    {
        using var folder = new SiteFolder();
        folder.Write("short.md", SiteFolder.Article("Short", body: "One two three four five six seven eight nine ten."));
        using var site = BuiltSite.Build(folder.Root);

        var page = site.PageAt("/short/");
        Assert.Equal(10, page.QuerySelector(".article__body")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length);
        Assert.Equal("1 min read", page.QuerySelector(".article__meta .reading-time")!.TextContent);
        Assert.Equal("1 min read", site.PageAt("/").QuerySelector(".card .reading-time")!.TextContent);
    }
}
