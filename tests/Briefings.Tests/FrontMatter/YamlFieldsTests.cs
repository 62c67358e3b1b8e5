using Briefings.Engine.Diagnostics;
using Briefings.FrontMatter;
using Briefings.Markdown;
using Briefings.Site;

namespace Briefings.Tests.FrontMatter;

/// <summary>Key look-ups share one search node per key name across briefings; each briefing still reads only its own values.</summary>
public sealed class YamlFieldsTests
{
    [Fact]
    public void Briefings_read_one_after_another_and_side_by_side_each_get_their_own_values()
    {
        var texts = Enumerable.Range(0, 200)
            .Select(i => $"---\ntitle: \"Title {i}\"\ndate: 2024-04-26T09:30:00Z\nsection: s{i}\ntags: [t{i}, u{i}]\nimage:\n  src: images/p{i}.png\n  alt: \"Alt {i}\"\nmood: calm {i}\n---\nBody {i}.\n")
            .ToArray();

        var read = new Briefings.Content.Briefing?[texts.Length];
        Parallel.For(0, texts.Length, i =>
        {
            var block = FrontMatterSplitter.Split(texts[i], $"b{i}.md", BriefingMarkdown.Parse);
            read[i] = BriefingReader.Read(block, $"b{i}.md", new SiteSettings(), new List<Diagnostic>());
        });

        for (var i = 0; i < texts.Length; i++)
        {
            var briefing = Assert.IsType<Briefings.Content.Briefing>(read[i]);
            Assert.Equal($"Title {i}", briefing.Title);
            Assert.Equal($"s{i}", briefing.Section);
            Assert.Equal([$"t{i}", $"u{i}"], briefing.Tags);
            Assert.Equal($"images/p{i}.png", briefing.Image!.Src);
            Assert.Equal($"Alt {i}", briefing.Image.Alt);
            Assert.Equal($"calm {i}", Assert.Single(briefing.Extra, pair => pair.Key == "mood").Value);
        }
    }

    [Fact]
    public void An_unknown_key_close_to_a_known_one_is_kept_and_reported_with_a_suggestion()
    {
        const string text = "---\ntitle: T\ndate: 2024-04-26T09:30:00Z\nsumary: Short\n---\nBody.\n";
        var diagnostics = new List<Diagnostic>();

        var briefing = BriefingReader.Read(FrontMatterSplitter.Split(text, "a.md", BriefingMarkdown.Parse), "a.md", new SiteSettings(), diagnostics)!;

        Assert.Equal("Short", briefing.Extra["sumary"]);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownKey, warning.Code);
        Assert.Equal(4, warning.Line);
        Assert.Contains("'summary'", warning.Hint, StringComparison.Ordinal);
    }
}
