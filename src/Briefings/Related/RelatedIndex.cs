using System.Collections.Immutable;

namespace Briefings.Related;

/// <summary>
/// Everything scoring needs, computed once from every item: tag and term postings with their weights,
/// and each item's query (its tags and most telling words). Items are numbered in date order (equal dates
/// in ordinal slug order) and terms in ordinal order, so the index, and every score computed from it, is
/// the same whatever order the items came in and however threads were scheduled.
/// </summary>
/// <remarks>
/// Date order, not slug order, because scoring an item walks the items nearest it in time (a long list's
/// window, <see cref="Postings.NearestStart"/>) and every item's running sum, date and broad tags are
/// kept in arrays indexed by number: numbered by date, a window is one stretch of those arrays, not
/// places scattered across them (at 100,000 items the arrays are megabytes, far larger than the cache).
/// </remarks>
internal sealed class RelatedIndex
{
    /// <summary>The items in date order (oldest first, equal dates in ordinal slug order); an item's position is its number everywhere else.</summary>
    public required RelatedDocument[] Items { get; init; }

    /// <summary>Each item's place among the documents the index was built from (so results can be handed back in their order).</summary>
    public required int[] Places { get; init; }

    /// <summary>Each item's date as days since 0001-01-01 UTC.</summary>
    public required double[] Days { get; init; }

    /// <summary>Each item's tags, with each tag's share of the item's total tag weight (idf / sum of idf).</summary>
    public required (int Tag, float Share)[][] TagShares { get; init; }

    /// <summary>The tags on too many items to bring in candidates (<see cref="RelatedWeights.BroadTagShare"/>), and each item's share of them.</summary>
    public required BroadTags Broad { get; init; }

    /// <summary>Tag → the items carrying it, for tags that are not broad.</summary>
    public required Postings Tags { get; init; }

    /// <summary>Each item's most telling terms with their normalised TF-IDF weights.</summary>
    public required (int Term, float Weight)[][] TermQueries { get; init; }

    /// <summary>Each item's shared terms with their normalised TF-IDF weights, in term order (for looking one up).</summary>
    public required (int Term, float Weight)[][] TermWeights { get; init; }

    /// <summary>Term → the items using it in date order (item order), with the term's normalised TF-IDF weight in each.</summary>
    public required Postings Terms { get; init; }

    public static RelatedIndex Build(IReadOnlyList<RelatedDocument> documents, int maxDegreeOfParallelism)
    {
        var places = DateOrder(documents);
        var items = Array.ConvertAll(places, k => documents[k]);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };

        // Plain loops rather than LINQ over numbers and tuples here and below: each such query is compiled at every start.
        var tagIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tag in items.SelectMany(i => i.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            tagIds.Add(tag, tagIds.Count);
        }

        var tagSets = new int[items.Length][];
        Parallel.For(0, items.Length, parallel, i => tagSets[i] = TagSet(items[i].Tags, tagIds));
        var tagCounts = ItemCounts(tagIds.Count, tagSets, t => t);
        var tagIdf = Idf(tagCounts, items.Length, int.MaxValue);
        var broadOver = Math.Max(RelatedWeights.Floor, Math.Min((int)(RelatedWeights.BroadTagShare * items.Length), RelatedWeights.BroadTagItems));
        var tagShares = new (int Tag, float Share)[items.Length][];
        Parallel.For(0, items.Length, parallel, i => tagShares[i] = Shares(tagSets[i], tagIdf));

        // Reading terms, weighing them and choosing each item's query are per item, so they run in parallel.
        var vocabulary = new Vocabulary();
        var itemTerms = new (int Term, float Count)[items.Length][];
        using (var counters = new ThreadLocal<Vocabulary.Counter>(vocabulary.NewCounter))
        {
            Parallel.For(0, items.Length, parallel, i => itemTerms[i] = CountTerms(items[i], counters.Value!));
        }

        var ranks = vocabulary.Ranks();

        Parallel.For(0, items.Length, parallel, i =>
        {
            foreach (ref var term in itemTerms[i].AsSpan())
            {
                term.Term = ranks[term.Term];
            }
        });
        var termCounts = ItemCounts(vocabulary.Count, itemTerms, t => t.Term);
        var ignoredOver = Math.Max(RelatedWeights.Floor, (int)(RelatedWeights.IgnoredTermShare * items.Length));
        var termIdf = Idf(termCounts, items.Length, ignoredOver);
        var shared = new bool[termCounts.Length];
        for (var term = 0; term < shared.Length; term++)
        {
            shared[term] = termCounts[term] > 1 && termIdf[term] > 0;
        }

        var weighted = new (int Term, float Weight)[items.Length][];
        var termQueries = new (int Term, float Weight)[items.Length][];
        Parallel.For(0, items.Length, parallel, i =>
        {
            weighted[i] = TfIdf(itemTerms[i], termIdf, shared);
            termQueries[i] = Query(weighted[i]);

            // In term order, so that WeightOf can look a term up (neither the query nor the postings depend on this order).
            weighted[i].AsSpan().Sort(default(TermOrder));
        });

        var days = new double[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            days[i] = Day(items[i]);
        }

        var broad = new bool[tagCounts.Length];
        for (var tag = 0; tag < broad.Length; tag++)
        {
            broad[tag] = tagCounts[tag] > broadOver;
        }

        return new RelatedIndex
        {
            Items = items,
            Places = places,
            Days = days,
            TagShares = tagShares,
            Broad = BroadTags.Build(broad, tagSets),
            Tags = Postings.Build(tagIds.Count, tagShares, tag => tagCounts[tag] > 1 && tagCounts[tag] <= broadOver),
            TermQueries = termQueries,
            TermWeights = weighted,
            Terms = Postings.Build(vocabulary.Count, weighted, _ => true),
        };
    }

    /// <summary>An item's date as days since 0001-01-01 UTC.</summary>
    private static double Day(RelatedDocument item) => item.Date.UtcTicks / (double)TimeSpan.TicksPerDay;

    /// <summary>
    /// The documents' places in date order: by <see cref="Day"/> (oldest first), equal days in ordinal slug order,
    /// so that for items of the same day a lower number still means an earlier slug (<see cref="TopList"/>'s last tie-break).
    /// </summary>
    private static int[] DateOrder(IReadOnlyList<RelatedDocument> documents)
    {
        var days = new double[documents.Count];
        var places = new int[documents.Count];
        for (var k = 0; k < places.Length; k++)
        {
            days[k] = Day(documents[k]);
            places[k] = k;
        }

        Array.Sort(places, (a, b) => days[a] != days[b] ? days[a].CompareTo(days[b]) : string.CompareOrdinal(documents[a].Slug, documents[b].Slug));
        return places;
    }

    /// <summary>On how many items each key appears.</summary>
    private static int[] ItemCounts<T>(int keyCount, T[][] itemKeys, Func<T, int> keyOf)
    {
        var counts = new int[keyCount];
        foreach (var keys in itemKeys)
        {
            foreach (var key in keys)
            {
                counts[keyOf(key)]++;
            }
        }

        return counts;
    }

    /// <summary>
    /// ln(1 + N / n) for a key on n of N items: a key on few items weighs most. A key on more than
    /// <paramref name="ignoredOver"/> items weighs 0, like a stop word.
    /// </summary>
    private static double[] Idf(int[] itemCounts, int itemCount, int ignoredOver)
    {
        var idf = new double[itemCounts.Length];
        for (var key = 0; key < idf.Length; key++)
        {
            var n = itemCounts[key];
            idf[key] = n > ignoredOver ? 0 : Math.Log(1 + (itemCount / (double)n));
        }

        return idf;
    }

    /// <summary>An item's tags by number, each once, in number order.</summary>
    private static int[] TagSet(ImmutableArray<string> tags, Dictionary<string, int> tagIds)
    {
        var ids = new int[tags.Length];
        for (var k = 0; k < ids.Length; k++)
        {
            ids[k] = tagIds[tags[k]];
        }

        Array.Sort(ids);
        var count = 0;
        foreach (var id in ids)
        {
            if (count == 0 || ids[count - 1] != id)
            {
                ids[count++] = id;
            }
        }

        return ids[..count];
    }

    /// <summary>Each tag's share of the item's total tag weight, so that an item sharing all its tags scores 1.</summary>
    private static (int Tag, float Share)[] Shares(int[] tags, double[] idf)
    {
        var total = 0.0;
        foreach (var tag in tags)
        {
            total += idf[tag];
        }

        if (total == 0)
        {
            return [];
        }

        var shares = new (int Tag, float Share)[tags.Length];
        for (var k = 0; k < tags.Length; k++)
        {
            shares[k] = (tags[k], (float)(idf[tags[k]] / total));
        }

        return shares;
    }

    /// <summary>
    /// Term counts of one item: title words count <see cref="RelatedWeights.TitleRepeat"/> times, summary
    /// words <see cref="RelatedWeights.SummaryRepeat"/>; the body is read up to <see cref="RelatedWeights.BodyWords"/> words.
    /// </summary>
    private static (int Term, float Count)[] CountTerms(RelatedDocument item, Vocabulary.Counter counter)
    {
        TermReader.Read(item.Title, term => counter.Add(term, RelatedWeights.TitleRepeat));
        TermReader.Read(item.Summary, term => counter.Add(term, RelatedWeights.SummaryRepeat));
        TermReader.Read(item.Body, term => counter.Add(term, 1), RelatedWeights.BodyWords);
        return counter.Take();
    }

    /// <summary>
    /// (1 + ln tf) × idf, scaled to unit length over all the item's terms so that cosine similarity is a
    /// plain sum of products; only the shared terms are kept, as no other term can meet another item.
    /// </summary>
    private static (int Term, float Weight)[] TfIdf((int Term, float Count)[] terms, double[] idf, bool[] shared)
    {
        var weights = new double[terms.Length];
        var squares = 0.0;
        var kept = 0;
        for (var k = 0; k < terms.Length; k++)
        {
            var (term, count) = terms[k];
            if (idf[term] > 0)
            {
                var weight = (1 + Math.Log(count)) * idf[term];
                weights[k] = weight;
                squares += weight * weight;
                kept += shared[term] ? 1 : 0;
            }
        }

        var length = Math.Sqrt(squares);
        var result = new (int Term, float Weight)[kept];
        var at = 0;
        for (var k = 0; k < terms.Length; k++)
        {
            if (shared[terms[k].Term])
            {
                result[at++] = (terms[k].Term, (float)(weights[k] / length));
            }
        }

        return result;
    }

    /// <summary>
    /// The item's <see cref="RelatedWeights.QueryTerms"/> heaviest (shared) terms, heaviest first; equal
    /// weights in term order (terms are numbered in ordinal order), so the pick is stable. A running
    /// top list, not a sort: an item has hundreds of terms and only a few are kept.
    /// </summary>
    private static (int Term, float Weight)[] Query((int Term, float Weight)[] terms)
    {
        var top = new (int Term, float Weight)[Math.Min(terms.Length, RelatedWeights.QueryTerms)];
        var count = 0;
        foreach (var term in terms)
        {
            if (count == top.Length && !Heavier(term, top[^1]))
            {
                continue;
            }

            var at = count < top.Length ? count++ : top.Length - 1;
            while (at > 0 && Heavier(term, top[at - 1]))
            {
                top[at] = top[at - 1];
                at--;
            }

            top[at] = term;
        }

        return top;
    }

    /// <summary>The item's weight for a term, 0 if it does not use it.</summary>
    public float WeightOf(int item, int term)
    {
        var terms = TermWeights[item];
        var (low, high) = (0, terms.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = terms[middle].Term < term ? (middle + 1, high) : (low, middle);
        }

        return low < terms.Length && terms[low].Term == term ? terms[low].Weight : 0;
    }

    /// <summary>Orders (term, weight) pairs by term; a struct, so the sort is compiled for it (no delegate call per comparison).</summary>
    private readonly struct TermOrder : IComparer<(int Term, float Weight)>
    {
        public int Compare((int Term, float Weight) x, (int Term, float Weight) y) => x.Term.CompareTo(y.Term);
    }

    private static bool Heavier((int Term, float Weight) a, (int Term, float Weight) b) =>
        a.Weight != b.Weight ? a.Weight > b.Weight : a.Term < b.Term;
}
