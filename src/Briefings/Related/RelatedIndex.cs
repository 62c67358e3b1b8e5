namespace Briefings.Related;

/// <summary>
/// Everything scoring needs, computed once from every item: tag and term postings with their weights,
/// and each item's query (its rarest tags and most telling words). Items are held in slug order, so the
/// index, and every score computed from it, is the same whatever order the items came in.
/// </summary>
internal sealed class RelatedIndex
{
    private RelatedIndex(RelatedDocument[] items, double[] days, (int Tag, float Weight)[][] tagQueries, Postings tags, (int Term, float Weight)[][] termQueries, Postings terms)
    {
        Items = items;
        Days = days;
        TagQueries = tagQueries;
        Tags = tags;
        TermQueries = termQueries;
        Terms = terms;
    }

    /// <summary>The items, in ordinal slug order; an item's position is its number everywhere else.</summary>
    public RelatedDocument[] Items { get; }

    /// <summary>Each item's date as days since 0001-01-01 UTC.</summary>
    public double[] Days { get; }

    /// <summary>Each item's tags with their share of its tag weight (idf / the item's total idf).</summary>
    public (int Tag, float Weight)[][] TagQueries { get; }

    /// <summary>Tag → the items carrying it (the weight is unused: the querying item's share counts).</summary>
    public Postings Tags { get; }

    /// <summary>Each item's most telling terms with their normalised TF-IDF weights.</summary>
    public (int Term, float Weight)[][] TermQueries { get; }

    /// <summary>Term → the items using it, with the term's normalised TF-IDF weight in each.</summary>
    public Postings Terms { get; }

    public static RelatedIndex Build(IEnumerable<RelatedDocument> documents, int maxDegreeOfParallelism)
    {
        var items = documents.OrderBy(d => d.Slug, StringComparer.Ordinal).ToArray();
        var common = Math.Max(RelatedWeights.CommonFloor, (int)(RelatedWeights.CommonShare * items.Length));
        var days = items.Select(i => i.Date.UtcTicks / (double)TimeSpan.TicksPerDay).ToArray();

        var tagIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemTags = items.Select(i => i.Tags.Distinct(StringComparer.Ordinal).Select(t => (Key: Id(tagIds, t), Weight: 1f)).ToArray()).ToArray();
        var tagCounts = ItemCounts(tagIds.Count, itemTags);
        var tagIdf = Idf(tagCounts, items.Length, common);
        var tagQueries = itemTags.Select(tags => TagShares(tags, tagIdf)).ToArray();
        var tagPostings = Postings.Build(tagIds.Count, tagQueries, tag => tagCounts[tag] > 1 && tagIdf[tag] > 0);

        var counts = new Dictionary<string, int>[items.Length];
        Parallel.For(0, items.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i => counts[i] = CountTerms(items[i]));
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var termNames = new List<string>();
        var itemTerms = counts.Select(c => c.Select(p => (Key: Id(termIds, p.Key, termNames), Weight: (float)p.Value)).ToArray()).ToArray();
        var termCounts = ItemCounts(termIds.Count, itemTerms);
        var termIdf = Idf(termCounts, items.Length, common);
        var weighted = itemTerms.Select(terms => TfIdf(terms, termIdf)).ToArray();
        bool Indexed(int term) => termCounts[term] > 1 && termIdf[term] > 0;
        var termPostings = Postings.Build(termIds.Count, weighted, Indexed);
        var termQueries = weighted.Select(terms => Query(terms, Indexed, termNames)).ToArray();

        return new RelatedIndex(items, days, tagQueries, tagPostings, termQueries, termPostings);
    }

    private static int Id(Dictionary<string, int> ids, string key, List<string>? names = null)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids.Add(key, id);
            names?.Add(key);
        }

        return id;
    }

    /// <summary>On how many items each key appears.</summary>
    private static int[] ItemCounts(int keyCount, (int Key, float Weight)[][] itemKeys)
    {
        var counts = new int[keyCount];
        foreach (var keys in itemKeys)
        {
            foreach (var (key, _) in keys)
            {
                counts[key]++;
            }
        }

        return counts;
    }

    /// <summary>
    /// ln(1 + N / n) for a key on n of N items: a key on few items weighs most. A key on too many items
    /// (<see cref="RelatedWeights.CommonShare"/>) says little and would cost most, so it weighs 0, like a stop word.
    /// </summary>
    private static double[] Idf(int[] itemCounts, int itemCount, int common) =>
        [.. itemCounts.Select(n => n > common ? 0 : Math.Log(1 + (itemCount / (double)n)))];

    /// <summary>Each tag's share of the item's total tag weight, so that an item sharing all its tags scores 1.</summary>
    private static (int Key, float Weight)[] TagShares((int Key, float Weight)[] tags, double[] idf)
    {
        var total = tags.Sum(t => idf[t.Key]);
        return total == 0 ? [] : [.. tags.Where(t => idf[t.Key] > 0).Select(t => (t.Key, (float)(idf[t.Key] / total)))];
    }

    /// <summary>Term counts of one item: title words count <see cref="RelatedWeights.TitleRepeat"/> times, summary words <see cref="RelatedWeights.SummaryRepeat"/>.</summary>
    private static Dictionary<string, int> CountTerms(RelatedDocument item)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        void Count(string text, int repeat) => TermReader.Read(text, term =>
        {
            lookup.TryGetValue(term, out var count);
            lookup[term] = count + repeat;
        });

        Count(item.Title, RelatedWeights.TitleRepeat);
        Count(item.Summary, RelatedWeights.SummaryRepeat);
        Count(item.Body, 1);
        return counts;
    }

    /// <summary>(1 + ln tf) × idf, scaled to unit length so that cosine similarity is a plain sum of products.</summary>
    private static (int Key, float Weight)[] TfIdf((int Key, float Weight)[] terms, double[] idf)
    {
        var weights = terms.Select(t => (t.Key, Weight: (1 + Math.Log(t.Weight)) * idf[t.Key])).Where(t => t.Weight > 0).ToArray();
        var length = Math.Sqrt(weights.Sum(t => t.Weight * t.Weight));
        if (length == 0)
        {
            return [];
        }

        return [.. weights.Select(t => (t.Key, (float)(t.Weight / length)))];
    }

    /// <summary>
    /// The item's <see cref="RelatedWeights.QueryTerms"/> heaviest terms that another item shares; equal
    /// weights in term order, so the pick is stable.
    /// </summary>
    private static (int Term, float Weight)[] Query((int Key, float Weight)[] terms, Func<int, bool> indexed, List<string> names) =>
        [.. terms
            .Where(t => indexed(t.Key))
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => names[t.Key], StringComparer.Ordinal)
            .Take(RelatedWeights.QueryTerms)
            .Select(t => (t.Key, t.Weight))];
}
