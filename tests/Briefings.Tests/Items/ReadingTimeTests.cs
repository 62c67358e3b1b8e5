using Briefings.Tests.Support;

namespace Briefings.Tests.Items;

public sealed class ReadingTimeTests
{
    [Theory]
    [InlineData(661, "4 min read")]
    [InlineData(660, "3 min read")]
    [InlineData(10, "1 min read")]
    public void A_body_of_known_length_reads_at_220_words_a_minute(int words, string expected)
    {
        Assert.Equal(expected, ReadingTimeOf(Paragraphs(Enumerable.Range(1, words).Select(i => $"word{i}"))));
    }

    [Fact]
    public void CJK_text_is_counted_by_characters()
    {
        var text = string.Concat(Enumerable.Range(0, 1000).Select(i => (char)('\u4e00' + (i % 500))));

        Assert.Equal("2 min read", ReadingTimeOf(text));
    }

    [Fact]
    public void The_words_per_minute_come_from_the_configuration()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("site.yml", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "site.yml")).Replace("words_per_minute: 220", "words_per_minute: 100", StringComparison.Ordinal));
        folder.Write("known.md", SiteFolder.Article("Known length", Paragraphs(Enumerable.Range(1, 661).Select(i => $"word{i}"))));
        using var site = BuiltSite.Build(folder.Root);

        Assert.Equal("7 min read", site.PageAt("/known/").QuerySelector("header .reading-time")?.TextContent);
    }

    /// <summary>Builds a site with one article of the given body; returns its reading time, checking page and card agree.</summary>
    private static string? ReadingTimeOf(string body)
    {
        using var folder = new SiteFolder();
        folder.Write("known.md", SiteFolder.Article("Known length", body));
        using var site = BuiltSite.Build(folder.Root);
        Assert.True(site.Report.Succeeded, string.Join(Environment.NewLine, site.Report.Diagnostics));

        var onPage = site.PageAt("/known/").QuerySelector("header .reading-time")?.TextContent;
        Assert.Equal(onPage, site.PageAt("/").QuerySelector(".card .reading-time")?.TextContent);
        return onPage;
    }

    private static string Paragraphs(IEnumerable<string> words) =>
        string.Join("\n\n", words.Chunk(50).Select(chunk => string.Join(' ', chunk)));
}
