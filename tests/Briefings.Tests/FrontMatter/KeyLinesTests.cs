using Briefings.Content;
using Briefings.FrontMatter;
using Briefings.Markdown;
using Briefings.Site;

namespace Briefings.Tests.FrontMatter;

/// <summary>A briefing remembers the line of each top-level front matter key, for diagnostics found after reading.</summary>
public sealed class KeyLinesTests
{
    [Fact]
    public void Each_top_level_key_has_its_file_line_in_ordinal_order_and_nested_keys_have_none()
    {
        const string text = "---\ntitle: \"T\"\ndate: 2024-04-26T09:30:00Z\nimage:\n  src: a.png\n  alt: \"A\"\nZeta: z\ntags: [a, b]\n---\nBody.\n";
        var block = FrontMatterSplitter.Split(text, "a.md", BriefingMarkdown.Parse);

        var briefing = BriefingReader.Read(block, "a.md", new SiteSettings(), [])!;

        Assert.Equal(["Zeta", "date", "image", "tags", "title"], briefing.KeyLines.Keys);
        Assert.Equal([7, 3, 4, 8, 2], briefing.KeyLines.Lines);
        Assert.Equal(4, briefing.LineOf("image"));
        Assert.Equal(1, briefing.LineOf("src"));
        Assert.Equal(1, briefing.LineOf("summary"));
    }

    [Fact]
    public void A_repeated_key_keeps_its_first_line()
    {
        var lines = KeyLines.Of(["title", "tags", "title", "date"], [2, 3, 4, 5], BriefingReaderKeys);

        Assert.Equal(["date", "tags", "title"], lines.Keys);
        Assert.Equal([5, 3, 2], lines.Lines);
        Assert.Equal(2, lines.Find("title"));
        Assert.Null(lines.Find("Title"));
    }

    [Fact]
    public void A_known_key_is_kept_as_the_shared_string_and_an_unknown_one_as_read()
    {
        var title = new string("title".AsSpan()); // a string of its own, as YamlDotNet reads each key
        var unknown = new string("zeta".AsSpan());

        var lines = KeyLines.Of([title, unknown], [2, 3], BriefingReaderKeys);

        Assert.Same(BriefingReader.KnownKeys.Single(k => k == "title"), lines.Keys[0]);
        Assert.NotSame(title, lines.Keys[0]);
        Assert.Same(unknown, lines.Keys[1]);
    }

    [Fact]
    public void No_keys_make_the_empty_lines()
    {
        Assert.Same(KeyLines.None, KeyLines.Of([], [], BriefingReaderKeys));
        Assert.Null(KeyLines.None.Find("title"));
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> BriefingReaderKeys =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(BriefingReader.KnownKeys, StringComparer.Ordinal);
}
