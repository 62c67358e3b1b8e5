using System.Collections.Immutable;
using Briefings.Bench.Corpus;
using Briefings.Related;

namespace Briefings.Benchmarks;

/// <summary>
/// A made-up but news-shaped catalog, the same on every run (fixed seed): about 60 tags used with
/// Zipf-like frequency, 1–4 per item; titles, summaries and bodies of a few hundred words drawn
/// Zipf-like from a vocabulary whose most frequent words are English function words (as in real
/// text, where they make up about a third of all words) followed by 20,000 made-up words; dates spread
/// over two years; an editor's pick on one item in ten.
/// </summary>
public static class SyntheticCatalog
{
    public const int Seed = 20240426;

    /// <summary>The most frequent English words, most frequent first.</summary>
    private static readonly string[] FunctionWords =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "it", "with", "as", "by", "he",
        "at", "from", "his", "said", "be", "has", "are", "an", "have", "but", "not", "this", "which", "they",
    ];

    public static ImmutableArray<RelatedDocument> Create(int count, int seed = Seed)
    {
        var random = new Random(seed);
        var tags = new Zipf([.. Enumerable.Range(0, 60).Select(i => $"tag-{i}")]);
        var words = new Zipf([.. FunctionWords, .. Vocabulary(60_000, random)]);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return [.. Enumerable.Range(0, count).Select(i => new RelatedDocument(
            $"briefing-{i:00000}",
            start.AddMinutes(random.Next(0, 2 * 365 * 24 * 60)),
            [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => tags.Next(random)).Distinct()],
            Text(words, random, random.Next(8, 16)),
            Text(words, random, random.Next(25, 45)),
            Text(words, random, random.Next(200, 500)),
            i % 10 == 0 ? [$"briefing-{random.Next(count):00000}"] : []))];
    }

    private static string Text(Zipf words, Random random, int length) =>
        string.Join(' ', Enumerable.Range(0, length).Select(_ => words.Next(random)));

    /// <summary>Pronounceable made-up words of 3–10 letters, distinct, none of them a function word.</summary>
    private static string[] Vocabulary(int size, Random random)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var words = new HashSet<string>(FunctionWords, StringComparer.Ordinal);
        var result = new List<string>(size);
        while (result.Count < size)
        {
            var length = random.Next(3, 11);
            var word = string.Create(length, random, (span, r) =>
            {
                for (var k = 0; k < span.Length; k++)
                {
                    span[k] = k % 2 == 0 ? consonants[r.Next(consonants.Length)] : vowels[r.Next(vowels.Length)];
                }
            });
            if (words.Add(word))
            {
                result.Add(word);
            }
        }

        return [.. result];
    }

    /// <summary>Draws the k-th value with probability proportional to 1/k, as word and tag use in real text.</summary>
    private sealed class Zipf(string[] values)
    {
        private readonly ZipfSampler _ranks = new(values.Length);

        public string Next(Random random) => values[_ranks.Next(random)];
    }
}
