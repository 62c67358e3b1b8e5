using System.Collections.Immutable;
using Briefings.Related;

namespace Briefings.Tests.Related;

public sealed class RelatedScorerTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_shared_rare_tag_beats_a_shared_common_tag()
    {
        // "z" would come last on a tie (slug order); only the rarity of its tag puts it first.
        var related = Score(
            Item("a", tags: ["rare", "common"]),
            Item("z", tags: ["rare"]),
            Item("b", tags: ["common"]),
            Item("c", tags: ["common"]),
            Item("d", tags: ["common"]),
            Item("e", tags: ["common"]));

        Assert.Equal(["z", "b", "c", "d"], related["a"]);
    }

    [Fact]
    public void Shared_words_make_items_related_and_more_shared_words_rank_higher()
    {
        var related = Score(
            Item("a", title: "Finland detains tanker after Baltic cable damage", body: "Coast guard boarded the tanker near the damaged cable."),
            Item("c-strong", title: "Baltic cable damage: tanker anchor suspected", body: "Investigators say the anchor of a tanker cut the cable."),
            Item("b-weak", title: "Grain corridor keeps Odesa ports busy", body: "A tanker left port."),
            Item("d", title: "Alaska summit ends without a deal", body: "Leaders met for three hours."));

        Assert.Equal(["c-strong", "b-weak"], related["a"]);
        Assert.Empty(related["d"]);
    }

    [Fact]
    public void Closeness_in_time_decides_between_otherwise_equal_items()
    {
        // b and c are the same story; c is newer (which alone would put it first) but b is closer to a.
        var related = Score(
            Item("a", day: 100, tags: ["shipping"], title: "Tanker seized"),
            Item("b", day: 98, tags: ["shipping"], title: "Tanker seized again"),
            Item("c", day: 300, tags: ["shipping"], title: "Tanker seized again"));

        Assert.Equal(["b", "c"], related["a"]);
    }

    [Fact]
    public void Equal_scores_and_dates_are_ordered_by_slug()
    {
        var related = Score(
            Item("a", tags: ["shipping"]),
            Item("c", tags: ["shipping"]),
            Item("b", tags: ["shipping"]));

        Assert.Equal(["b", "c"], related["a"]);
    }

    [Fact]
    public void The_editors_picks_come_first_in_the_editors_order()
    {
        var related = Score(
            Item("a", tags: ["shipping"], picks: ["unrelated-2", "unrelated-1"]),
            Item("b", tags: ["shipping"]),
            Item("c", tags: ["shipping"]),
            Item("unrelated-1", tags: ["elections"]),
            Item("unrelated-2", tags: ["football"]));

        Assert.Equal(["unrelated-2", "unrelated-1", "b", "c"], related["a"]);
    }

    [Fact]
    public void Picks_that_are_not_published_name_the_item_itself_or_repeat_are_skipped()
    {
        var related = Score(
            Item("a", tags: ["shipping"], picks: ["a", "draft-item", "c", "c"]),
            Item("b", tags: ["shipping"]),
            Item("c", tags: ["elections"]));

        Assert.Equal(["c", "b"], related["a"]);
    }

    [Fact]
    public void No_more_than_the_count_even_when_the_editor_picks_more()
    {
        var items = Enumerable.Range(0, 8).Select(i => Item($"item-{i}", tags: ["shipping"], picks: ["item-7", "item-6", "item-5", "item-4", "item-3"])).ToList();

        var related = RelatedScorer.Score(items, 4);

        Assert.All(related.Values, r => Assert.True(r.Length <= 4));
        Assert.Equal(["item-7", "item-6", "item-5", "item-4"], related["item-0"]);
        Assert.Equal(["item-6", "item-5", "item-4", "item-3"], related["item-7"]);
    }

    [Fact]
    public void An_item_is_never_its_own_related_item()
    {
        var items = Generated(40);

        var related = RelatedScorer.Score(items, 4);

        Assert.Equal(items.Count, related.Count);
        Assert.All(related, p => Assert.DoesNotContain(p.Key, p.Value));
        Assert.Contains(related.Values, r => r.Length == 4);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_input_order()
    {
        var items = Generated(60);
        var expected = RelatedScorer.Score(items, 4);

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var shuffled = items.ToArray();
            new Random(seed).Shuffle(shuffled);
            var actual = RelatedScorer.Score(shuffled, 4, maxDegreeOfParallelism: seed);

            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
            Assert.All(expected, p => Assert.Equal(p.Value, actual[p.Key]));
        }
    }

    [Fact]
    public void A_word_on_many_items_brings_in_only_the_items_nearest_in_time()
    {
        // "Tanker" is on 15 items, more than the 5 walked: only the four published around "a" are
        // candidates, although the old items, whose only word is "tanker", share more of the text.
        RelatedDocument[] items =
        [
            Item("a", day: 100, title: "Tanker"),
            .. new[] { 98, 99, 101, 102 }.Select(day => Item($"near-{day}", day, title: "Tanker", body: $"Extra{day} words{day} here{day}")),
            .. Enumerable.Range(0, 10).Select(day => Item($"old-{day}", day, title: "Tanker")),
        ];

        var related = RelatedScorer.Score(items, 4, maxDegreeOfParallelism: -1, nearestItems: 5);
        var unlimited = RelatedScorer.Score(items, 4, maxDegreeOfParallelism: -1, nearestItems: int.MaxValue);

        Assert.Equal(["near-101", "near-99", "near-102", "near-98"], related["a"]);
        Assert.Equal(["old-9", "old-8", "old-7", "old-6"], unlimited["a"]);
    }

    [Fact]
    public void A_word_on_many_items_still_counts_for_a_candidate_a_rarer_word_brings_in()
    {
        // "old" is far outside the items nearest in time for "tanker", but "baltic" brings it in; it shares
        // both words with "a" and must beat "near", which shares only "baltic" but was published the same day.
        RelatedDocument[] items =
        [
            Item("a", day: 100, title: "Baltic tanker"),
            Item("old", day: 0, title: "Baltic tanker"),
            Item("near", day: 100, title: "Baltic", body: "Other1 other2 other3"),
            .. new[] { 95, 96, 97, 98, 99, 101, 102, 103, 104, 105 }.Select(day => Item($"tanker-{day}", day, title: "Tanker", body: $"Extra{day}")),
        ];

        var related = RelatedScorer.Score(items, 4, maxDegreeOfParallelism: -1, nearestItems: 5);
        var unlimited = RelatedScorer.Score(items, 4, maxDegreeOfParallelism: -1, nearestItems: int.MaxValue);

        Assert.Equal(["old", "near"], related["a"][..2]);
        Assert.Equal(unlimited["a"], related["a"]);
    }

    [Fact]
    public void With_long_word_lists_the_result_still_does_not_depend_on_the_input_order()
    {
        var items = Generated(80, words: 120, days: 90);
        var expected = RelatedScorer.Score(items, 4, maxDegreeOfParallelism: -1, nearestItems: 5);

        // The rule is in play: some cards differ from those of a full walk.
        var unlimited = RelatedScorer.Score(items, 4, maxDegreeOfParallelism: -1, nearestItems: int.MaxValue);
        Assert.Contains(expected, p => !p.Value.SequenceEqual(unlimited[p.Key]));

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var shuffled = items.ToArray();
            new Random(seed).Shuffle(shuffled);
            var actual = RelatedScorer.Score(shuffled, 4, maxDegreeOfParallelism: seed, nearestItems: 5);

            Assert.All(expected, p => Assert.Equal(p.Value, actual[p.Key]));
        }
    }

    private static ImmutableDictionary<string, ImmutableArray<string>> Score(params RelatedDocument[] items) => RelatedScorer.Score(items, 4);

    /// <summary>An item whose own words are unique to it (made from its slug), unless a test gives it words.</summary>
    private static RelatedDocument Item(string slug, int day = 0, string[]? tags = null, string? title = null, string body = "", string[]? picks = null) => new(
        slug,
        Start.AddDays(day),
        [.. tags ?? []],
        title ?? $"Headline{slug.Replace("-", string.Empty, StringComparison.Ordinal)}",
        string.Empty,
        body,
        [.. picks ?? []]);

    /// <summary>
    /// Items with overlapping tags and words, some with picks: enough for many near-ties. More
    /// <paramref name="words"/> (made-up ones beyond the twelve) make each word rarer, over more <paramref name="days"/>.
    /// </summary>
    private static List<RelatedDocument> Generated(int count, int words = 12, int days = 10)
    {
        string[] vocabulary = ["tanker", "cable", "sanction", "grain", "port", "summit", "drone", "missile", "treaty", "oil", "gas", "border"];
        vocabulary = [.. vocabulary, .. Enumerable.Range(vocabulary.Length, Math.Max(0, words - vocabulary.Length)).Select(k => $"topic{k}")];
        string[] tags = ["russia", "ukraine", "eu", "shipping", "energy", "diplomacy"];
        var random = new Random(7);
        return [.. Enumerable.Range(0, count).Select(i => new RelatedDocument(
            $"item-{i:00}",
            Start.AddDays(random.Next(0, days)),
            [.. Enumerable.Range(0, random.Next(1, 3)).Select(_ => tags[random.Next(tags.Length)])],
            string.Join(' ', Enumerable.Range(0, 4).Select(_ => vocabulary[random.Next(vocabulary.Length)])),
            string.Join(' ', Enumerable.Range(0, 6).Select(_ => vocabulary[random.Next(vocabulary.Length)])),
            string.Join(' ', Enumerable.Range(0, 30).Select(_ => vocabulary[random.Next(vocabulary.Length)])),
            i % 5 == 0 ? [$"item-{(i + 7) % count:00}"] : []))];
    }
}
