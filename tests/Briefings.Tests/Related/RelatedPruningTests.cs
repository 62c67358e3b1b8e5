using Briefings.Related;

namespace Briefings.Tests.Related;

/// <summary>
/// Round 8 turns candidates away earlier while ranking (a bound on their closeness by whole days, a comparison
/// in doubles before any rounding) and adds an item's broad tags to a candidate without a branch per tag. None
/// of it may change a card: these fingerprints of every card were taken with round 7's scorer (main at 365a4b2)
/// on generated items spread over years (distances beyond the closeness table), with long word lists (the
/// shortlist and its second ranking) and broad tags, on one thread and on two.
/// </summary>
public sealed class RelatedPruningTests
{
    private static readonly DateTimeOffset Start = new(2020, 1, 1, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 40, "A47FEE3CE9E9C29A")]
    [InlineData(2, 40, "A47FEE3CE9E9C29A")]
    [InlineData(1, int.MaxValue, "B87D2CDB23529F38")]
    [InlineData(2, int.MaxValue, "B87D2CDB23529F38")]
    public void Cards_are_those_of_round_7(int threads, int nearestItems, string fingerprint)
    {
        var items = Generated(1500);

        var related = RelatedScorer.Score(items, 4, threads, nearestItems);

        Assert.Equal(fingerprint, RelatedNumberingTests.Fingerprint(related));
    }

    /// <summary>
    /// Items over six years at times of day that make fractional distances, some on the same day; tags and words
    /// drawn skewed, so some tags are broad and some words on long lists.
    /// </summary>
    private static List<RelatedDocument> Generated(int count)
    {
        var random = new Random(23);
        string Skewed(string prefix, int values) => $"{prefix}{random.Next(random.Next(1, values + 1))}";
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Skewed("topic", 900)));
        return [.. Enumerable.Range(0, count).Select(i => new RelatedDocument(
            $"story-{i:0000}",
            Start.AddDays(random.Next(0, 2200)).AddMinutes(random.Next(0, 24 * 60)),
            [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => Skewed("tag", 50))],
            Text(5),
            Text(8),
            Text(40),
            i % 11 == 0 ? [$"story-{(i * 37) % count:0000}"] : []))];
    }
}
