using System.Diagnostics;
using System.Globalization;
using Briefings.Cli.Serve;
using Briefings.Cli.Tests.Support;
using Briefings.Tests.Support;

namespace Briefings.Cli.Tests.Serve;

/// <summary>
/// Edit-to-served latency of <c>briefings serve</c>: from writing a briefing to the reload event, and to
/// the rebuilt page coming back over HTTP. A measurement, not a test: run it explicitly with
/// <c>dotnet test tests/Briefings.Cli.Tests -- --explicit only</c>; figures go to the test output and to
/// $TMPDIR/briefings-edit-latency.txt.
/// </summary>
public sealed class EditLatencyBenchmark
{
    private const int Edits = 7;

    [Fact(Explicit = true)]
    public Task Sample_site() => MeasureAsync("sample site", site => CopySample(site), "angara-ship-docked-in-chinese-port");

    [Fact(Explicit = true)]
    public Task Ten_thousand_generated_briefings() => MeasureAsync("10,000 generated briefings", site => Generate(site, 10_000), "briefing-05000");

    private static async Task MeasureAsync(string label, Action<SiteFolder> fill, string slug)
    {
        using var site = new SiteFolder();
        fill(site);
        var started = Stopwatch.StartNew();
        await using var preview = await RunningPreview.StartAsync(site.Root, TimeSpan.FromMinutes(20));
        var firstBuild = started.Elapsed;
        await preview.SubscribeAsync();

        var path = site.Combine("content", "briefings", $"{slug}.md");
        var original = File.ReadAllText(path);
        var toEvent = new List<double>();
        var toPage = new List<double>();
        var rendered = new List<int>();
        for (var edit = 0; edit <= Edits; edit++)
        {
            var marker = $"Edit number {edit} for the benchmark.";
            var clock = Stopwatch.StartNew();
            File.WriteAllText(path, original.TrimEnd() + $"\n\n{marker}\n");
            Assert.Equal(LiveReload.ReloadEvent, (await preview.NextEventAsync()).EventType);
            var eventAt = clock.Elapsed.TotalMilliseconds;
            var (_, page) = await preview.GetPageAsync($"/{slug}/");
            var pageAt = clock.Elapsed.TotalMilliseconds;
            Assert.Contains(marker, page.Body!.TextContent, StringComparison.Ordinal);
            if (edit > 0)
            {
                // the first edit warms up the rebuild path; it is not counted
                toEvent.Add(eventAt);
                toPage.Add(pageAt);
                rendered.Add(preview.Site.Report!.PagesRendered);
            }
        }

        var report = preview.Site.Report!;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: {report.Documents.Length} files, first build {firstBuild.TotalSeconds:0.0} s; over {Edits} edits, median save→reload event {Median(toEvent):0} ms, save→page served {Median(toPage):0} ms (min {toPage.Min():0}, max {toPage.Max():0}); pages rendered per edit {rendered.Min()}–{rendered.Max()} of {report.PagesRendered + report.PagesReused} (debounce {SiteWatcher.Quiet.TotalMilliseconds:0} ms included)");
        var slowest = string.Join(", ", report.Timings.OrderByDescending(t => t.Elapsed).Take(6).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Pipeline} {t.Phase} {t.Elapsed.TotalMilliseconds:0} ms")));
        line += $"; slowest phases of the last rebuild: {slowest}";
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "briefings-edit-latency.txt"), line + Environment.NewLine);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void CopySample(SiteFolder site)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "content"), "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
            if (!File.Exists(site.Combine(relative.Split('/'))))
            {
                site.WriteFile(relative, File.ReadAllText(file));
            }
        }
    }

    /// <summary>A quick stand-in corpus: dated one hour apart, a few tags each, a body of a few paragraphs linking to an earlier briefing.</summary>
    private static void Generate(SiteFolder site, int count)
    {
        string[] tags = ["Russia", "Ukraine", "EU", "Sanctions", "NATO", "China", "Energy", "Shipping", "Diplomacy", "Drones"];
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddHours(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            var link = i > 0 ? $" See [the previous briefing](/briefing-{i - 1:00000}/)." : string.Empty;
            var paragraph = string.Join(' ', Enumerable.Repeat("Officials said the measures would take effect within weeks, and analysts expected further steps.", 6));
            site.Write($"briefing-{i:00000}.md", $"""
                ---
                title: "Generated briefing {i}"
                date: {date}
                tags: [{tags[i % tags.Length]}, {tags[(i / 7) % tags.Length]}]
                summary: "Summary of generated briefing {i}."
                ---
                {paragraph}{link}

                {paragraph}
                """);
        }
    }
}
