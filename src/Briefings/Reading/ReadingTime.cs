namespace Briefings.Reading;

/// <summary>"N min read", computed from the rendered text, never typed by editors.</summary>
public sealed record ReadingTime(int Words, int CjkCharacters, int Minutes)
{
    /// <summary>
    /// Minutes are rounded up (a reader should not run out of time) and never below one:
    /// "0 min read" tells a reader nothing.
    /// </summary>
    public static ReadingTime Estimate(int words, int cjkCharacters, int wordsPerMinute, int charactersPerMinute)
    {
        var minutes = ((double)words / wordsPerMinute) + ((double)cjkCharacters / charactersPerMinute);
        return new ReadingTime(words, cjkCharacters, Math.Max(1, (int)Math.Ceiling(minutes - 1e-9)));
    }

    public string Label => $"{Minutes} min read";
}
