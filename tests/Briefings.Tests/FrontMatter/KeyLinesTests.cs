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
        Assert.Equal([7, 3, 4, 8, 2], briefing.KeyLines.Values);
        Assert.Equal(4, briefing.LineOf("image"));
        Assert.Equal(1, briefing.LineOf("src"));
        Assert.Equal(1, briefing.LineOf("summary"));
    }
}
