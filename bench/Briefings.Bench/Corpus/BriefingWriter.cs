using System.Globalization;
using System.Text;
using YamlDotNet.Serialization;

namespace Briefings.Bench.Corpus;

/// <summary>
/// Writes one briefing in the Briefings content format (docs/content-format.md): YAML front matter
/// serialised by YamlDotNet, then a Markdown body of 300–600 words with headings, external links,
/// links to other briefings, lists and block quotes.
/// </summary>
public sealed class BriefingWriter(int seed, IReadOnlyList<BriefingPlan> plans, IReadOnlyList<string> pictures)
{
    private const int Purpose = 2;
    private static readonly ISerializer Yaml = new SerializerBuilder().Build();

    public string Write(BriefingPlan plan)
    {
        var random = SeededRandom.For(seed, plan.Index, Purpose);
        var text = new StringBuilder();
        text.Append("---\n").Append(Yaml.Serialize(FrontMatter(plan, random))).Append("---\n");
        text.Append(Body(plan, random));
        return text.ToString();
    }

    private OrderedDictionary<string, object> FrontMatter(BriefingPlan plan, Random random)
    {
        var fields = new OrderedDictionary<string, object>
        {
            ["title"] = plan.Title,
            ["date"] = plan.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["type"] = plan.Type,
            ["section"] = plan.Section,
            ["source"] = plan.Source,
            ["author"] = plan.Author,
            ["tags"] = plan.Tags,
        };
        if (random.NextDouble() < 0.9)
        {
            fields["summary"] = Sentence(random, 18, 34);
        }

        switch (plan.Type)
        {
            case "article" when random.NextDouble() < 0.8:
                fields["image"] = new OrderedDictionary<string, string>
                {
                    ["src"] = CorpusPlanner.Pick(random, pictures),
                    ["alt"] = "Illustration: " + Sentence(random, 5, 10).TrimEnd('.'),
                    ["caption"] = Sentence(random, 8, 20),
                    ["credit"] = "Illustration: " + plan.Source,
                };
                break;
            case "quote":
                fields["quote"] = Sentence(random, 15, 40);
                fields["speaker"] = CorpusPlanner.Pick(random, Vocabulary.Speakers);
                if (random.NextDouble() < 0.7)
                {
                    fields["context"] = CorpusPlanner.Pick(random, Vocabulary.Contexts);
                }

                break;
            case "video":
                fields["video"] = new OrderedDictionary<string, string>
                {
                    ["src"] = "https://www.youtube-nocookie.com/embed/bench" + plan.Index.ToString(CultureInfo.InvariantCulture),
                    ["poster"] = CorpusPlanner.Pick(random, pictures),
                    ["duration"] = string.Create(CultureInfo.InvariantCulture, $"PT{1 + random.Next(9)}M{random.Next(60)}S"),
                };
                break;
        }

        if (random.NextDouble() < 0.1)
        {
            fields["related"] = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Other(plan, random).Slug).Distinct().ToList();
        }

        if (plan.Draft)
        {
            fields["draft"] = true;
        }

        return fields;
    }

    private string Body(BriefingPlan plan, Random random)
    {
        var target = 300 + random.Next(301);
        var markdown = new MarkdownWriter();
        var words = 0;
        var intro = Sentence(random, 12, 24, ref words) + " " + MarkdownWriter.Link(plan.Source + " reported", CorpusPlanner.Pick(random, Vocabulary.ExternalSites)) + " " + Sentence(random, 10, 20, ref words);
        markdown.Paragraph(intro);
        var headings = Vocabulary.Headings.OrderBy(_ => random.Next()).ToList();
        for (var section = 0; words < target; section++)
        {
            markdown.Heading(headings[section % headings.Count]);
            markdown.Paragraph(Paragraph(random, ref words));
            switch (random.Next(4))
            {
                case 0:
                    markdown.List(Enumerable.Range(0, 3 + random.Next(3)).Select(_ => Sentence(random, 4, 10, ref words)).ToList());
                    break;
                case 1:
                    markdown.Quote(Sentence(random, 12, 30, ref words));
                    break;
                case 2:
                    var other = Other(plan, random);
                    markdown.Paragraph(Sentence(random, 8, 16, ref words) + " See " + MarkdownWriter.Link(other.Title, "/" + other.Slug + "/") + ".");
                    break;
            }

            if (words < target)
            {
                markdown.Paragraph(Paragraph(random, ref words));
            }
        }

        return markdown.ToString();
    }

    /// <summary>Another published briefing, for links and related picks (drafts would be links to nothing).</summary>
    private BriefingPlan Other(BriefingPlan plan, Random random)
    {
        for (var attempt = 0; ; attempt++)
        {
            var other = plans[random.Next(plans.Count)];
            if ((other.Index != plan.Index && !other.Draft) || attempt > 20)
            {
                return other;
            }
        }
    }

    private static string Paragraph(Random random, ref int words)
    {
        var sentences = new string[3 + random.Next(3)];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = Sentence(random, 10, 24, ref words);
        }

        return string.Join(' ', sentences);
    }

    private static string Sentence(Random random, int min, int max)
    {
        var ignored = 0;
        return Sentence(random, min, max, ref ignored);
    }

    private static string Sentence(Random random, int min, int max, ref int words)
    {
        var length = min + random.Next(max - min + 1);
        words += length;
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var word = CorpusPlanner.Pick(random, Vocabulary.Words);
            if (i == 0)
            {
                text.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
            }
            else
            {
                text.Append(' ').Append(word);
            }
        }

        return text.Append('.').ToString();
    }
}
