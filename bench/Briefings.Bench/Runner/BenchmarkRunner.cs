using System.Globalization;
using Briefings.Bench.Corpus;

namespace Briefings.Bench.Runner;

/// <summary>
/// Builds one corpus with every tool, several rounds, alternating which tool goes first so that neither
/// always meets a warmer or colder machine. Each build starts from an empty output folder. A tool that
/// runs past the timeout is stopped and skipped for the rest of this corpus; a tool that fails stops the run.
/// </summary>
public sealed class BenchmarkRunner(IReadOnlyList<BuildTool> tools, TimeSpan timeout, TextWriter log)
{
    public static string OutputOf(string work, BuildTool tool) => Path.Combine(work, "out-" + tool.Name.ToLowerInvariant());

    public async Task<CorpusResult> RunAsync(GeneratedCorpus corpus, int rounds, string work, CancellationToken cancellationToken = default)
    {
        var runs = tools.ToDictionary(t => t, _ => new List<Measurement>());
        var pages = new Dictionary<BuildTool, (int Html, int Files)>();
        var skipped = new Dictionary<BuildTool, string>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var tool in round % 2 == 0 ? tools : tools.Reverse())
            {
                if (skipped.ContainsKey(tool))
                {
                    continue;
                }

                var output = OutputOf(work, tool);
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }

                var (fileName, arguments) = tool.Command(corpus, output);
                var outcome = await MeasuredProcess.RunAsync(fileName, arguments, timeout, cancellationToken);
                if (outcome.TimedOut)
                {
                    skipped[tool] = $"stopped after {timeout.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min";
                    log.WriteLine($"{corpus.Count,7} {tool.Name,-9} run {round + 1}: {skipped[tool]}, skipped");
                    continue;
                }

                if (!outcome.Succeeded)
                {
                    throw new InvalidOperationException($"{tool.Name} failed on {corpus.Root} (exit {outcome.ExitCode}):\n{Tail(outcome.Errors)}");
                }

                var measurement = outcome.Measurement!;
                runs[tool].Add(measurement);
                if (!pages.ContainsKey(tool))
                {
                    pages[tool] = CountFiles(output);
                }

                log.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{corpus.Count,7} {tool.Name,-9} run {round + 1}: {measurement.Wall.TotalSeconds,7:0.00} s wall, {measurement.Cpu.TotalSeconds,7:0.00} s CPU, {measurement.PeakMemoryBytes / 1048576.0,7:0} MiB peak"));
            }
        }

        return new CorpusResult(
            corpus.Count,
            corpus.Published,
            tools.Select(t => new ToolResult(
                t.Name,
                runs[t],
                pages.TryGetValue(t, out var p) ? p.Html : null,
                pages.TryGetValue(t, out p) ? p.Files : null,
                skipped.GetValueOrDefault(t))).ToList());
    }

    private static (int Html, int Files) CountFiles(string output)
    {
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
        return (files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), files.Count);
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}
