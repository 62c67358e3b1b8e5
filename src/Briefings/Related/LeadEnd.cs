using System.Text;

namespace Briefings.Related;

/// <summary>
/// Where a body's lead ends: the index <see cref="TermReader.Read"/> returns after reading
/// <c>maxWords</c> words, found without making the terms: reading them (stop words looked up, plurals cut, a
/// visitor called per word) only to throw them away cost more than counting the body's words; here a word is
/// only noticed where it ends. <see cref="TermReader.Lead"/> cuts the lead here.
/// </summary>
public static class LeadEnd
{
    /// <summary>
    /// The index just past the character that ends the <paramref name="maxWords"/>th word (a word is a run of
    /// Unicode letters and digits, as <see cref="TermReader"/> reads them), or the text's length when it holds fewer.
    /// </summary>
    public static int Find(ReadOnlySpan<char> text, int maxWords)
    {
        var inWord = 0;
        var at = 0;
        while (at < text.Length)
        {
            // ASCII, nearly all of an English briefing, is decided without decoding runes.
            var c = text[at];
            int isWordCharacter;
            if (c < 0x80)
            {
                at++;
                isWordCharacter = char.IsAsciiLetterOrDigit(c) ? 1 : 0;
            }
            else
            {
                // A lone surrogate decodes to U+FFFD, one character long, which is no letter: as TermReader reads it.
                Rune.DecodeFromUtf16(text[at..], out var rune, out var used);
                at += used;
                isWordCharacter = Rune.IsLetterOrDigit(rune) ? 1 : 0;
            }

            // Counted without a branch on the boundary itself, which comes every few characters, too often to be predicted.
            var endsWord = inWord & ~isWordCharacter;
            maxWords -= endsWord;
            if (maxWords == 0 && endsWord != 0)
            {
                return at;
            }

            inWord = isWordCharacter;
        }

        return text.Length;
    }
}
