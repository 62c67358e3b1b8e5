using System.CommandLine;
using Briefings.Bench.Corpus;

namespace Briefings.Bench.Commands;

/// <summary>Options both commands share.</summary>
public static class BenchOptions
{
    public static Option<DirectoryInfo?> Repository() => new("--repo")
    {
        Description = "The Briefings checkout whose templates/, site.yml and bench/peers/hugo are used (default: the one the harness runs from).",
    };

    public static string RepositoryOf(ParseResult parse, Option<DirectoryInfo?> option) =>
        parse.GetValue(option)?.FullName ?? SiteTemplate.FindRepository(Directory.GetCurrentDirectory());
}
