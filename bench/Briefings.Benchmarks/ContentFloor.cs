using System.Diagnostics;
using System.Globalization;
using System.IO.Abstractions;
using Briefings.Content;
using Briefings.Markdown;
using Briefings.Safety;
using Briefings.Site;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.Yaml;
using YamlDotNet.RepresentationModel;

namespace Briefings.Benchmarks;

/// <summary>
/// How close the Content pipeline is to the cost of the libraries it must call: for every briefing of a corpus,
/// the bare calls alone (Markdig parses the file with the briefing pipeline, YamlDotNet loads the front matter
/// into its representation model, Markdig renders the body, HtmlSanitizer sanitizes it with the site's allowlist
/// when <see cref="MarkdownAllowlist"/> does not admit it, as a build does),
/// on all cores, against the Content pipeline's Process phase in a check build of the same site (nothing written),
/// alternating in one process, so both run warm and JIT-compiled alike. Run:
/// <c>dotnet run -c Release --project bench/Briefings.Benchmarks -- floor SITE_ROOT [runs]</c>.
/// </summary>
public static class ContentFloor
{
    public static void Run(string[] args)
    {
        var root = Path.GetFullPath(args.Length > 1 ? args[1] : ".");
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        var files = Directory.GetFiles(Path.Combine(root, ContentFeature.Directory), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        var sanitizer = new HtmlSanitizer(BodySanitizer.AllowlistOptions());

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{files.Length} briefings under {root}, {runs} alternating runs after one warm-up each, {Environment.ProcessorCount} cores"));
        var floor = new List<(double Wall, double Cpu)>();
        var content = new List<double>();
        var length = 0L;
        for (var run = -1; run < runs; run++)
        {
            var (wall, cpu, sum) = Measuring.Time(() => Bare(files, sanitizer));
            var process = ContentProcess(root);
            if (run >= 0)
            {
                floor.Add((wall, cpu));
                content.Add(process);
            }

            length = sum;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bare library calls: median wall {Median(floor.Select(f => f.Wall))} ms, CPU {Median(floor.Select(f => f.Cpu))} ms ({length:N0} characters of markup)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Content pipeline's Process (check build): median wall {Median(content)} ms; runs {string.Join(", ", content.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))}"));
        Stages(files, sanitizer, runs);
    }

    /// <summary>The bare calls one by one on one thread, in microseconds per briefing (medians over the runs): which library costs what.</summary>
    private static void Stages(string[] files, HtmlSanitizer sanitizer, int runs)
    {
        var perRun = StageNames.Select(_ => new List<double>()).ToArray();
        for (var run = 0; run < runs; run++)
        {
            var ticks = new long[StageNames.Length];
            foreach (var text in files)
            {
                BareCalls(text, sanitizer, ticks);
            }

            for (var k = 0; k < StageNames.Length; k++)
            {
                perRun[k].Add(ticks[k] * 1e6 / Stopwatch.Frequency / files.Length);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one thread, µs per briefing (medians): {string.Join(", ", StageNames.Select((name, k) => $"{name} {Median(perRun[k])}"))}; total {Median(Enumerable.Range(0, runs).Select(run => perRun.Sum(stage => stage[run])))}"));
    }

    /// <summary>What any build of these briefings must pay the libraries, in the way this site uses them. Returns the markup's length (so nothing is optimised away).</summary>
    private static long Bare(string[] files, HtmlSanitizer sanitizer)
    {
        long length = 0;
        Parallel.ForEach(files, text => Interlocked.Add(ref length, BareCalls(text, sanitizer, stageTicks: null)));
        return length;
    }

    private static readonly string[] StageNames = ["Markdig parse", "YamlDotNet load", "Markdig render", "HtmlSanitizer (bodies the allowlist does not admit)"];

    /// <summary>HtmlSanitizer's URL rule, for the allowlist check (a site at its root: links are written as editors wrote them).</summary>
    private static readonly BodySanitizer UrlRule = new([]);

    private static string Unchanged(string url) => url;

    /// <summary>
    /// One briefing's bare library calls; returns the markup's length (sanitized unless admitted). With <paramref name="stageTicks"/>, adds
    /// each call's <see cref="Stopwatch"/> ticks to its slot (in <see cref="StageNames"/>' order).
    /// </summary>
    private static int BareCalls(string text, HtmlSanitizer sanitizer, long[]? stageTicks)
    {
        var since = Stopwatch.GetTimestamp();
        var document = Markdig.Markdown.Parse(text, MarkdownPipelines.Briefing);
        Lap(stageTicks, 0, ref since);
        if (document.FirstOrDefault() is YamlFrontMatterBlock block)
        {
            new YamlStream().Load(new StringReader(block.Lines.ToString()));
        }

        Lap(stageTicks, 1, ref since);
        var html = document.ToHtml(MarkdownPipelines.Briefing);
        Lap(stageTicks, 2, ref since);
        var length = MarkdownAllowlist.Admits(document, Unchanged, UrlRule.KeepsUrl) ? html.Length : sanitizer.Sanitize(html).Length;
        Lap(stageTicks, 3, ref since);
        return length;
    }

    private static void Lap(long[]? stageTicks, int stage, ref long since)
    {
        if (stageTicks is not null)
        {
            var now = Stopwatch.GetTimestamp();
            stageTicks[stage] += now - since;
            since = now;
        }
    }

    /// <summary>The Content pipeline's Process phase of a check build (no output folder: nothing is written).</summary>
    private static double ContentProcess(string root)
    {
        var report = new SiteBuilder(new FileSystem()) { Cache = new(remembers: false), HashesOutputs = false }
            .BuildAsync(root, output: null, new BuildOptions()).GetAwaiter().GetResult();
        return report.Timings.Single(t => t.Pipeline == ContentFeature.Pipeline && t.Phase == Engine.Pipelines.Phase.Process).Elapsed.TotalMilliseconds;
    }

    private static string Median(IEnumerable<double> values) => Measuring.Median(values).ToString("F0", CultureInfo.InvariantCulture);
}
