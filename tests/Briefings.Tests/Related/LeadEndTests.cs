using System.Text;
using AngleSharp.Dom;
using Briefings.Reading;
using Briefings.Related;
using Briefings.Safety;
using Briefings.Tests.Hostile;

namespace Briefings.Tests.Related;

/// <summary>
/// The lead is cut where <see cref="TermReader.Read"/> stops, found without making terms: the cut must be
/// that index exactly, or related scoring would read other words (or keep more text than it needs).
/// </summary>
public sealed class LeadEndTests
{
    private static readonly BodySanitizer Sanitizer = new(EmbedHosts.Defaults);

    [Theory]
    [InlineData("Россия, Zürich — Russia's 18th package... and so on, and on", 4)]
    [InlineData("one two three", 10)]
    [InlineData("ends. on, a word", 3)]
    [InlineData("a b", 1)]
    [InlineData("東京の news 2026 ニュース", 2)]
    [InlineData("", 5)]
    [InlineData("...", 1)]
    public void The_lead_ends_where_the_term_reader_stops(string text, int maxWords)
    {
        Assert.Equal(StopOfTermReader(text, maxWords), LeadEnd.Find(text, maxWords));
    }

    [Fact]
    public void The_lead_ends_where_the_term_reader_stops_on_every_sample_and_hostile_body()
    {
        var bodies = 0;
        foreach (var html in RenderedBodies.OfFixturesAndSamples())
        {
            var (document, _) = Sanitizer.SanitizeDocument(html);
            using (document)
            {
                var text = document.Body?.TextContent ?? string.Empty;
                foreach (var maxWords in new[] { 1, 2, 17, RelatedWeights.BodyWords })
                {
                    Assert.Equal(StopOfTermReader(text, maxWords), LeadEnd.Find(text, maxWords));
                }
            }

            bodies++;
        }

        Assert.True(bodies > 50, $"only {bodies} bodies read");
    }

    [Fact]
    public void The_lead_ends_where_the_term_reader_stops_on_mixed_scripts_and_broken_surrogates()
    {
        // Letters and digits of several scripts, punctuation, whitespace, a letter outside the BMP, and lone surrogates.
        string[] pieces = ["a", "Z", "7", " ", "\t", ".", "'", "-", "é", "ß", "Ж", "東", "ニ", "한", "—", "\u00A0", "𝒜", "😀", "\uD800", "\uDC00"];
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            for (var length = random.Next(0, 60); length > 0; length--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var maxWords = random.Next(1, 12);
            Assert.Equal(StopOfTermReader(text.ToString(), maxWords), LeadEnd.Find(text.ToString(), maxWords));
        }
    }

    [Fact]
    public void Text_facts_keep_the_lead_the_term_reader_would_keep()
    {
        var text = string.Join(' ', Enumerable.Range(1, 500).Select(i => $"word{i}"));
        var (document, _) = Sanitizer.SanitizeDocument($"<p>{text}</p>");
        using (document)
        {
            var facts = TextFactsReader.Read((IElement)document.Body!);

            Assert.Equal(TermReader.Lead(text, RelatedWeights.BodyWords), facts.Lead);
            Assert.EndsWith("word200 ", facts.Lead, StringComparison.Ordinal);
        }
    }

    private static int StopOfTermReader(string text, int maxWords) => TermReader.Read(text, static _ => { }, maxWords);
}
