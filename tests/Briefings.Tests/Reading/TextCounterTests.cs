using System.Globalization;
using System.Text;
using Briefings.Reading;

namespace Briefings.Tests.Reading;

/// <summary>
/// The counter decides ASCII text without the Unicode tables; it must count exactly as the Unicode rules
/// (letters and digits make words, whitespace and dashes other than '-' end them, CJK counts by character).
/// </summary>
public sealed class TextCounterTests
{
    [Fact]
    public void Every_ascii_character_between_two_letters_counts_as_the_unicode_rules_say()
    {
        for (var c = (char)0; c < 128; c++)
        {
            var text = $"a{c}b";
            Assert.True(ByUnicodeRules(text) == TextCounter.Count(text), $"U+{(int)c:X4} between two letters");
        }
    }

    [Theory]
    [InlineData("Plain words, with punctuation; and 2024 numbers.")]
    [InlineData("well-known co-operation\tacross\r\nlines\u000bvertical\u000cfeed")]
    [InlineData("en\u2013dash em\u2014dash non\u00a0breaking caf\u00e9 na\u00efve")]
    [InlineData("東京 の ニュース and English mixed 한국어 words")]
    [InlineData("emoji 😀 between 😀words and 𠀀 an extension-B ideograph")]
    [InlineData("")]
    public void Mixed_text_counts_as_the_unicode_rules_say(string text)
    {
        Assert.Equal(ByUnicodeRules(text), TextCounter.Count(text));
    }

    [Fact]
    public void Lone_surrogates_count_as_the_unicode_rules_say()
    {
        var text = "lone \ud800 surrogates\udc00between a\ud800b letters \ud83d";

        Assert.Equal(ByUnicodeRules(text), TextCounter.Count(text));
    }

    [Fact]
    public void Random_mixes_of_every_kind_of_character_count_as_the_unicode_rules_say()
    {
        // Letters, digits, whitespace, ASCII punctuation and '-', other dashes, CJK, a letter outside the BMP, lone surrogates.
        string[] pieces = ["a", "Z", "7", " ", "\t", "\n", ".", "'", "-", "_", "é", "Ж", "\u2013", "\u00a0", "東", "ニ", "한", "𝒜", "😀", "\ud800", "\udc00"];
        var random = new Random(11);
        for (var i = 0; i < 3000; i++)
        {
            var text = new StringBuilder();
            for (var length = random.Next(0, 40); length > 0; length--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            Assert.True(ByUnicodeRules(text.ToString()) == TextCounter.Count(text.ToString()), $"\"{text}\"");
        }
    }

    [Fact]
    public void Known_text_has_known_counts()
    {
        Assert.Equal((Words: 4, CjkCharacters: 2), TextCounter.Count("one two-three\u2013four five 東京"));
    }

    /// <summary>The counting rules written with Unicode's tables only, as the reference.</summary>
    private static (int Words, int CjkCharacters) ByUnicodeRules(string text)
    {
        var words = 0;
        var cjk = 0;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is (>= 0x3040 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x2FA1F))
            {
                cjk++;
                inWord = false;
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                words += inWord ? 0 : 1;
                inWord = true;
            }
            else if (Rune.IsWhiteSpace(rune) || (Rune.GetUnicodeCategory(rune) is UnicodeCategory.DashPunctuation && rune.Value != '-'))
            {
                inWord = false;
            }
        }

        return (words, cjk);
    }
}
