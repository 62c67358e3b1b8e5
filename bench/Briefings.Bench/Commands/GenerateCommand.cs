using System.CommandLine;
using System.Diagnostics;
using Briefings.Bench.Corpus;

namespace Briefings.Bench.Commands;

/// <summary><c>generate --count N --seed S --out DIR [--hugo DIR]</c>: writes a generated site root (and optionally its Hugo peer).</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "How many briefings.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same corpus.", DefaultValueFactory = _ => 1 };
        var output = new Option<DirectoryInfo>("--out") { Description = "The site root to write (replaced if generated before).", Required = true };
        var hugo = new Option<DirectoryInfo?>("--hugo") { Description = "Also write a Hugo site over the same content here." };
        var repository = BenchOptions.Repository();
        var command = new Command("generate", "Generate a corpus of briefings as a complete site root.") { count, seed, output, hugo, repository };
        command.SetAction(parse =>
        {
            var stopwatch = Stopwatch.StartNew();
            var generator = new CorpusGenerator(SiteTemplate.Load(BenchOptions.RepositoryOf(parse, repository)));
            var corpus = generator.Generate(parse.GetValue(count), parse.GetValue(seed), parse.GetValue(output)!.FullName, parse.GetValue(hugo)?.FullName);
            parse.InvocationConfiguration.Output.WriteLine(
                $"generated {corpus.Count} briefings ({corpus.Published} published) in {corpus.Root}{(corpus.HugoRoot is null ? string.Empty : $", Hugo site in {corpus.HugoRoot}")} in {stopwatch.Elapsed.TotalSeconds:0.0} s");
            return 0;
        });
        return command;
    }
}
