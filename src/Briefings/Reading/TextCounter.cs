using System.Globalization;
using System.Text;

namespace Briefings.Reading;

/// <summary>Counts words and CJK characters in plain text.</summary>
public static class TextCounter
{
    /// <summary>
    /// What each ASCII character does to a word: bit 0 set, it is part of one (a letter or digit); bit 1 set, it
    /// leaves the reader where it was (punctuation, and '-', which joins words); neither, it ends one (whitespace).
    /// </summary>
    private static readonly byte[] AsciiRoles = MakeAsciiRoles();

    public static (int Words, int CjkCharacters) Count(ReadOnlySpan<char> chars)
    {
        var roles = AsciiRoles;
        var words = 0;
        var cjk = 0;
        var inWord = 0;
        for (var i = 0; i < chars.Length;)
        {
            // Most text is ASCII, decided by a look-up and counted without a branch: word boundaries come every
            // few characters, too often for a branch to be predicted, and this loop reads every character of a build.
            var c = chars[i];
            if (c < 0x80)
            {
                var role = roles[c];
                var isWordCharacter = role & 1;
                words += isWordCharacter & ~inWord;
                inWord = (inWord & (role >> 1)) | isWordCharacter;
                i++;
                continue;
            }

            // A lone surrogate decodes to U+FFFD, one character long, as enumerating the runes would.
            Rune.DecodeFromUtf16(chars[i..], out var rune, out var length);
            i += length;
            if (IsCjk(rune))
            {
                cjk++;
                inWord = 0;
            }
            else if (Rune.IsLetterOrDigit(rune))
            {
                words += inWord ^ 1;
                inWord = 1;
            }
            else if (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.DashPunctuation && rune.Value != '-')
            {
                inWord = 0;
            }
        }

        return (words, cjk);
    }

    private static byte[] MakeAsciiRoles()
    {
        var roles = new byte[128];
        for (var c = '\0'; c < 128; c++)
        {
            roles[c] = char.IsAsciiLetterOrDigit(c) ? (byte)1 : c is ' ' or (>= '\t' and <= '\r') ? (byte)0 : (byte)2;
        }

        return roles;
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
