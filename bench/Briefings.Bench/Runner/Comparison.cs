using System.Globalization;
using Briefings.Bench.Corpus;

namespace Briefings.Bench.Runner;

/// <summary>What to compare: corpus sizes, rounds, tools, and where to work.</summary>
public sealed record ComparisonOptions
{
    public required IReadOnlyList<int> Counts { get; init; }

    public required IReadOnlyList<BuildTool> Tools { get; init; }

    public required string Repository { get; init; }

    /// <summary>Corpora go to &lt;work&gt;/&lt;count&gt;/site (and hugo), outputs to &lt;work&gt;/&lt;count&gt;/out-&lt;tool&gt;.</summary>
    public required string Work { get; init; }

    public int Rounds { get; init; } = 5;

    public int Seed { get; init; } = 1;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);
}

/// <summary>The whole benchmark: generates each corpus once, then lets <see cref="BenchmarkRunner"/> build it with every tool.</summary>
public static class Comparison
{
    public static string WorkOf(ComparisonOptions options, int count) => Path.Combine(options.Work, count.ToString(CultureInfo.InvariantCulture));

    public static async Task<IReadOnlyList<CorpusResult>> RunAsync(ComparisonOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        var generator = new CorpusGenerator(SiteTemplate.Load(options.Repository));
        var runner = new BenchmarkRunner(options.Tools, options.Timeout, log);
        var withHugo = options.Tools.OfType<HugoTool>().Any();
        var results = new List<CorpusResult>();
        foreach (var count in options.Counts)
        {
            var work = WorkOf(options, count);
            Directory.CreateDirectory(work);
            var corpus = generator.Generate(count, options.Seed, Path.Combine(work, "site"), withHugo ? Path.Combine(work, "hugo") : null);
            log.WriteLine($"{count,7} briefings generated in {corpus.Root} ({corpus.Published} published)");
            results.Add(await runner.RunAsync(corpus, options.Rounds, work, cancellationToken));
        }

        return results;
    }
}
