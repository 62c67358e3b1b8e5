namespace Briefings.FrontMatter;

/// <summary>"Did you mean …?" for misspelt keys and names.</summary>
public static class Suggestions
{
    /// <summary>The closest candidate within an edit distance that scales with the word's length, or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var lowered = word.ToLowerInvariant();
        var limit = Math.Max(1, Math.Min(3, lowered.Length / 3));
        return candidates
            .Select(candidate => (Candidate: candidate, Distance: Quickenshtein.Levenshtein.GetDistance(lowered, candidate.ToLowerInvariant())))
            .Where(pair => pair.Distance <= limit)
            .OrderBy(pair => pair.Distance)
            .ThenBy(pair => pair.Candidate, StringComparer.Ordinal)
            .Select(pair => pair.Candidate)
            .FirstOrDefault();
    }
}
