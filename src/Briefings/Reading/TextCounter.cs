using System.Globalization;
using System.Text;

namespace Briefings.Reading;

/// <summary>Counts words and CJK characters in plain text.</summary>
public static class TextCounter
{
    public static (int Words, int CjkCharacters) Count(ReadOnlySpan<char> chars)
    {
        var words = 0;
        var cjk = 0;
        var inWord = false;
        for (var i = 0; i < chars.Length;)
        {
            // Most text is ASCII, where the rules below reduce to: letters and digits make words,
            // whitespace ends them (the one ASCII dash, '-', joins words). Decided by the character,
            // it costs a fraction of decoding a rune and looking it up in the Unicode tables.
            var c = chars[i];
            if (char.IsAscii(c))
            {
                if (char.IsAsciiLetterOrDigit(c))
                {
                    words += inWord ? 0 : 1;
                    inWord = true;
                }
                else if (c is ' ' or (>= '\t' and <= '\r'))
                {
                    inWord = false;
                }

                i++;
                continue;
            }

            // A lone surrogate decodes to U+FFFD, one character long, as enumerating the runes would.
            Rune.DecodeFromUtf16(chars[i..], out var rune, out var length);
            i += length;
            if (IsCjk(rune))
            {
                cjk++;
                inWord = false;
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                if (!inWord)
                {
                    words++;
                    inWord = true;
                }
            }
            else if (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.DashPunctuation && rune.Value != '-')
            {
                inWord = false;
            }
        }

        return (words, cjk);
    }

    private static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x3040 and <= 0x30FF => true, // Hiragana, Katakana
        >= 0x3400 and <= 0x4DBF => true, // CJK Extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK Unified Ideographs
        >= 0xAC00 and <= 0xD7AF => true, // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true, // CJK Compatibility Ideographs
        >= 0x20000 and <= 0x2FA1F => true, // Extensions B–F, supplement
        _ => false,
    };
}
