using AngleSharp.Html.Parser;
using Briefings.Bench.Corpus;
using Briefings.Bench.Runner;
using Briefings.Tests.Support;

namespace Briefings.Tests.Bench;

/// <summary>
/// The benchmark's smoke run (the only part of it `dotnet test` runs): a few hundred generated briefings
/// built by the Briefings CLI through the runner's own code path, as a child process under GNU time.
/// </summary>
public sealed class BenchSmokeTests
{
    private const int Count = 300;
    private const int Seed = 7;

    [Fact]
    public async Task Runner_builds_a_generated_corpus_into_one_page_per_published_briefing()
    {
        using var work = new TemporaryDirectory();
        var tool = new BriefingsTool(Path.Combine(AppContext.BaseDirectory, "Briefings.Cli.dll"));
        var options = new ComparisonOptions { Counts = [Count], Tools = [tool], Repository = RepositoryRoot.Path, Work = work.Path, Rounds = 1, Seed = Seed };

        var result = Assert.Single(await Comparison.RunAsync(options, TextWriter.Null, TestContext.Current.CancellationToken));

        var run = Assert.Single(result.Of(tool.Name)!.Runs);
        Assert.True(run.Wall > TimeSpan.Zero);
        Assert.True(run.PeakMemoryBytes > 10 * 1024 * 1024, $"peak memory {run.PeakMemoryBytes} bytes is not a .NET process's");
        var template = SiteTemplate.Load(RepositoryRoot.Path);
        var plans = new CorpusPlanner(Seed, template.Sections, template.RailSection).Plan(Count);
        Assert.Equal(plans.Count(p => !p.Draft), result.Published);
        Assert.Contains(plans, p => p.Draft);

        var output = BenchmarkRunner.OutputOf(Comparison.WorkOf(options, Count), tool);
        var pages = Directory.EnumerateDirectories(output).Select(Path.GetFileName).ToHashSet();
        Assert.All(plans, plan => Assert.True(pages.Contains(plan.Slug) != plan.Draft, $"{plan.Slug} (draft: {plan.Draft})"));

        var parser = new HtmlParser();
        foreach (var plan in plans.Where(p => !p.Draft).Take(5))
        {
            var page = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(output, plan.Slug, "index.html"), TestContext.Current.CancellationToken));
            Assert.EndsWith(plan.Title, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            Assert.Matches(@"^\d+ min read$", page.QuerySelector(".reading-time")!.TextContent);
        }
    }
}
