using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Briefings.Related;

namespace Briefings.Tests.Related;

/// <summary>
/// Items are numbered in date order inside the scorer (so that the items nearest in time sit side by side in
/// its arrays); they were numbered in slug order before. The cards must be the same as with slug numbering:
/// these fingerprints of every card were taken with the slug-numbered scorer (main at 5b855ae) on the same
/// generated items, whose slug order is not their date order and which share many dates (ties).
/// </summary>
public sealed class RelatedNumberingTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(5, "A7E5F8D74453457E")]
    [InlineData(20, "AA138D8D567364B5")]
    [InlineData(int.MaxValue, "E190378B550ABCD9")]
    public void Cards_are_those_of_slug_numbering(int nearestItems, string fingerprint)
    {
        var items = Generated(300);

        var related = RelatedScorer.Score(items, 4, maxDegreeOfParallelism: 2, nearestItems);

        Assert.Equal(fingerprint, Fingerprint(related));
    }

    [Fact]
    public void Same_day_items_are_ranked_by_slug_whatever_their_input_order()
    {
        // Four equal candidates on the day of "m", given in an order that is neither slug order nor date order.
        RelatedDocument[] items =
        [
            Item("m", day: 3),
            Item("y", day: 3),
            Item("b", day: 3),
            Item("old", day: 1),
            Item("k", day: 3),
            Item("c", day: 3),
            Item("new", day: 5),
        ];

        var related = RelatedScorer.Score(items, 4);

        Assert.Equal(["b", "c", "k", "y"], related["m"]);
        Assert.Equal(["b", "c", "k", "m"], related["old"]);
    }

    private static RelatedDocument Item(string slug, int day) =>
        new(slug, Start.AddDays(day), ["shipping"], "Tanker", string.Empty, string.Empty, []);

    /// <summary>A short hash of every item's cards, in slug order.</summary>
    internal static string Fingerprint(ImmutableDictionary<string, ImmutableArray<string>> related) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
            related.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {string.Join(' ', p.Value)}")))))[..16];

    /// <summary>
    /// Items over few days (many same-day ties), slugs in an order unrelated to their dates; tags and words drawn
    /// skewed (a value's chance falls with its number), so some are on many items (broad tags, ignored words, long
    /// lists) and most on few.
    /// </summary>
    private static List<RelatedDocument> Generated(int count)
    {
        var random = new Random(11);
        string Skewed(string prefix, int values) => $"{prefix}{random.Next(random.Next(1, values + 1))}";
        string Text(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Skewed("topic", 600)));
        return [.. Enumerable.Range(0, count).Select(i => new RelatedDocument(
            $"item-{(i * 7919) % 1000:000}",
            Start.AddDays(random.Next(0, 20)).AddHours(random.Next(0, 2) * 6),
            [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Skewed("tag", 40))],
            Text(4),
            Text(6),
            Text(30),
            i % 9 == 0 ? [$"item-{((i + 13) * 7919) % 1000:000}"] : []))];
    }
}
