using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Briefings.Bench.Runner;

namespace Briefings.Bench.Commands;

/// <summary><c>compare --counts 1000,10000 --runs 5</c>: generates, builds with Briefings and Hugo, writes docs/performance.md.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var counts = new Option<string>("--counts") { Description = "Corpus sizes, comma-separated.", DefaultValueFactory = _ => "1000,10000,100000" };
        var runs = new Option<int>("--runs") { Description = "Builds per tool and corpus.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "The corpus seed.", DefaultValueFactory = _ => 1 };
        var work = new Option<DirectoryInfo>("--work") { Description = "Scratch folder for corpora and outputs.", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Path.GetTempPath(), "briefings-bench")) };
        var cli = new Option<FileInfo?>("--briefings-cli") { Description = "The Briefings CLI: a dll run with dotnet, or an executable (default: $BRIEFINGS_BENCH_CLI, which bench/run.sh sets to its Native AOT publish, else src/Briefings.Cli/bin/Release/net10.0/Briefings.Cli.dll)." };
        var hugo = new Option<string>("--hugo-exe") { Description = "The hugo executable.", DefaultValueFactory = _ => "hugo" };
        var briefingsOnly = new Option<bool>("--briefings-only") { Description = "Do not run Hugo." };
        var timeout = new Option<int>("--timeout-minutes") { Description = "Stop and skip a build that runs longer.", DefaultValueFactory = _ => 10 };
        var report = new Option<FileInfo?>("--report") { Description = "Where to write the Markdown report (default: docs/performance.md)." };
        var note = new Option<string?>("--note") { Description = "A note printed at the top of the report (e.g. \"preliminary\")." };
        var repository = BenchOptions.Repository();
        var command = new Command("compare", "Build generated corpora with Briefings and Hugo, alternating, and report median wall time, CPU time and peak memory.")
        {
            counts, runs, seed, work, cli, hugo, briefingsOnly, timeout, report, note, repository,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var repo = BenchOptions.RepositoryOf(parse, repository);
            var dll = parse.GetValue(cli)?.FullName
                ?? Environment.GetEnvironmentVariable("BRIEFINGS_BENCH_CLI")
                ?? Path.Combine(repo, "src", "Briefings.Cli", "bin", "Release", "net10.0", "Briefings.Cli.dll");
            if (!File.Exists(dll))
            {
                parse.InvocationConfiguration.Error.WriteLine($"{dll} not found: build it first (dotnet build -c Release src/Briefings.Cli).");
                return 2;
            }

            List<BuildTool> tools = [new BriefingsTool(dll)];
            if (!parse.GetValue(briefingsOnly))
            {
                tools.Add(new HugoTool(parse.GetValue(hugo)!));
            }

            var options = new ComparisonOptions
            {
                Counts = parse.GetValue(counts)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList(),
                Tools = tools,
                Repository = repo,
                Work = parse.GetValue(work)!.FullName,
                Rounds = parse.GetValue(runs),
                Seed = parse.GetValue(seed),
                Timeout = TimeSpan.FromMinutes(parse.GetValue(timeout)),
            };
            var output = parse.InvocationConfiguration.Output;
            var results = await Comparison.RunAsync(options, output, cancellationToken);

            var path = parse.GetValue(report)?.FullName ?? Path.Combine(repo, "docs", "performance.md");
            var document = new PerformanceReport(
                results,
                await MachineInfo.DescribeAsync(parse.GetValue(hugo)!, options.Work),
                Reproduce(parse),
                DateTimeOffset.UtcNow,
                options.Rounds,
                parse.GetValue(note));
            await File.WriteAllTextAsync(path, document.ToMarkdown(), cancellationToken);
            output.WriteLine($"report written to {path}");
            return 0;
        });
        return command;
    }

    /// <summary>The command line that reproduces this run, as given to bench/run.sh (which adds the command name).</summary>
    private static string Reproduce(ParseResult parse) =>
        string.Join(' ', ["bench/run.sh", .. parse.Tokens.Where(t => t.Type != TokenType.Command).Select(t => ShellWord(t.Value))]);

    /// <summary>A value as one POSIX shell word: single-quoted unless plainly safe, with single quotes closed, escaped and reopened.</summary>
    public static string ShellWord(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "-_./,=:".Contains(c, StringComparison.Ordinal))
            ? value
            : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
