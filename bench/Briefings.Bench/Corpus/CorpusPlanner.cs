using System.Globalization;
using Briefings.Slugs;

namespace Briefings.Bench.Corpus;

/// <summary>Decides every briefing's identity, date, type, section, source, author and tags, deterministically for a seed.</summary>
public sealed class CorpusPlanner(int seed, IReadOnlyList<string> sections, string railSection)
{
    /// <summary>Dates run over the two years before this instant: in the past, so no item is held back as scheduled.</summary>
    public static readonly DateTimeOffset LatestDate = new(2025, 6, 30, 0, 0, 0, TimeSpan.Zero);

    private const int Purpose = 1;
    private const int MaxSlugLength = 80;
    private static readonly ZipfSampler TagSampler = new(Vocabulary.Tags.Length);

    public IReadOnlyList<BriefingPlan> Plan(int count)
    {
        var plans = new BriefingPlan[count];
        Parallel.For(0, count, index => plans[index] = PlanOne(index));
        return plans;
    }

    private BriefingPlan PlanOne(int index)
    {
        var random = SeededRandom.For(seed, index, Purpose);
        var roll = random.NextDouble();
        var type = roll < 0.75 ? "article" : roll < 0.9 ? "quote" : "video";
        var section = type != "article" && random.NextDouble() < 0.8 ? railSection : Pick(random, sections);
        var title = string.Join(' ', Pick(random, Vocabulary.Subjects), Pick(random, Vocabulary.Verbs), Pick(random, Vocabulary.Objects), Pick(random, Vocabulary.Qualifiers));
        var slug = UniqueSlug(title, index);
        var offset = TimeSpan.Parse(Pick(random, Vocabulary.Offsets).TrimStart('+'), CultureInfo.InvariantCulture);
        var instant = LatestDate.AddSeconds(-random.NextInt64(2L * 365 * 24 * 3600));
        var tags = TagSampler.Distinct(random, 1 + random.Next(4)).Select(rank => Vocabulary.Tags[rank]).ToList();
        return new BriefingPlan(
            index,
            slug,
            title,
            instant.ToOffset(offset),
            type,
            section,
            Pick(random, Vocabulary.Sources),
            Pick(random, Vocabulary.Authors).Id,
            tags,
            Draft: random.NextDouble() < 0.01);
    }

    /// <summary>The title's slug with the index appended, cut so the whole stays within Briefings' 80-character slugs.</summary>
    private static string UniqueSlug(string title, int index)
    {
        var suffix = "-" + index.ToString(CultureInfo.InvariantCulture);
        var slug = Slugger.Slugify(title);
        return (slug.Length + suffix.Length > MaxSlugLength ? slug[..(MaxSlugLength - suffix.Length)].TrimEnd('-') : slug) + suffix;
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
