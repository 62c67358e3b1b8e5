using System.Text;

namespace Briefings.Related;

/// <summary>
/// Turns text into the terms related scoring compares: runs of Unicode letters and digits, lower-cased
/// (invariant), without English stop words and one-character tokens, with a light plural rule
/// ("sanctions" → "sanction", "countries" → "country"). Deliberately simple: it has to treat every
/// briefing the same way, not understand English. See docs/related.md.
/// </summary>
public static class TermReader
{
    /// <summary>Words too common in any English text to say what an item is about.</summary>
    private static readonly HashSet<string> StopWords = new(
    [
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having",
        "he", "her", "here", "hers", "him", "his", "how", "if", "in", "into", "is", "it", "its", "itself", "just",
        "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
        "our", "out", "over", "own", "said", "same", "say", "says", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your",
    ], StringComparer.Ordinal);

    private const int MaxLength = 64;

    private static readonly int LongestStopWord = Longest(StopWords);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Calls <paramref name="term"/> for each term of <paramref name="text"/>, in order, reading no more
    /// than the first <paramref name="maxWords"/> words (every word counts, stop words too). The span is
    /// only valid during the call (it is a reused buffer), so callers look it up rather than keep it.
    /// Returns how much of the text was read: everything after that index can make no term.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, TermVisitor term, int maxWords = int.MaxValue)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        var length = 0;
        var fits = true;
        var at = 0;
        while (at < text.Length)
        {
            // ASCII, nearly all of an English briefing, is read without decoding runes.
            var c = text[at];
            bool inWord;
            if (c < 0x80)
            {
                at++;
                inWord = char.IsAsciiLetterOrDigit(c);
                if (inWord)
                {
                    fits = fits && length < buffer.Length;
                    if (fits)
                    {
                        buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    }
                }
            }
            else
            {
                Rune.DecodeFromUtf16(text[at..], out var rune, out var used);
                at += used;
                inWord = Rune.IsLetterOrDigit(rune);
                if (inWord)
                {
                    fits = fits && Append(buffer, ref length, Rune.ToLowerInvariant(rune));
                }
            }

            if (!inWord && length > 0)
            {
                Emit(buffer[..length], fits, term);
                length = 0;
                fits = true;
                if (--maxWords == 0)
                {
                    return at;
                }
            }
        }

        Emit(buffer[..length], fits, term);
        return text.Length;
    }

    /// <summary>
    /// The start of <paramref name="text"/> up to where <see cref="Read"/> stops after <paramref name="maxWords"/>
    /// words: reading it gives the same terms as reading the whole text, so it is all that needs keeping.
    /// </summary>
    public static string Lead(ReadOnlySpan<char> text, int maxWords) => new(text[..LeadEnd.Find(text, maxWords)]);

    /// <summary>Every term of a text, for tests and for anything that needs them as strings.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        Read(text, t => terms.Add(t.ToString()));
        return terms;
    }

    /// <summary>Adds a rune to the token being read; false once the token is too long to be a word.</summary>
    private static bool Append(Span<char> buffer, ref int length, Rune rune)
    {
        if (length + rune.Utf16SequenceLength > buffer.Length)
        {
            return false;
        }

        length += rune.EncodeToUtf16(buffer[length..]);
        return true;
    }

    private static void Emit(Span<char> token, bool fits, TermVisitor term)
    {
        // One-letter tokens are mostly the "s" of "Russia's"; tokens over 64 characters are not words.
        if (token.Length < 2 || !fits || (token.Length <= LongestStopWord && StopWordLookup.Contains(token)))
        {
            return;
        }

        term(Singular(token));
    }

    /// <summary>
    /// A light plural rule, so "sanction" and "sanctions" meet: "-ies" → "-y", and a final "s" dropped
    /// unless the word is short or ends in "ss", "us" or "is" ("gas", "press", "virus" stay).
    /// It never sees the rest of the word, so it can be wrong ("news" → "new") but always the same way.
    /// </summary>
    private static ReadOnlySpan<char> Singular(Span<char> token)
    {
        if (token.Length > 4 && token.EndsWith("ies"))
        {
            token[^3] = 'y';
            return token[..^2];
        }

        return token.Length > 3 && token[^1] == 's' && token[^2] is not ('s' or 'u' or 'i') ? token[..^1] : token;
    }

    /// <summary>The length of the longest word (a loop: LINQ's Max over lengths is compiled at every start).</summary>
    private static int Longest(IEnumerable<string> words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }
}

/// <summary>Receives one term; the span is only valid during the call.</summary>
public delegate void TermVisitor(ReadOnlySpan<char> term);
