namespace Briefings.Bench.Runner;

/// <summary>A site generator under test: how to build a generated corpus with it into an output folder.</summary>
public abstract record BuildTool(string Name)
{
    public abstract (string FileName, IReadOnlyList<string> Arguments) Command(Corpus.GeneratedCorpus corpus, string output);
}

/// <summary>
/// The Briefings CLI: a framework-dependent dll (run as <c>dotnet Briefings.Cli.dll build</c>) or a
/// self-contained executable, such as the Native AOT publish that bench/run.sh makes (run directly).
/// </summary>
public sealed record BriefingsTool(string Cli) : BuildTool("Briefings")
{
    public override (string, IReadOnlyList<string>) Command(Corpus.GeneratedCorpus corpus, string output) =>
        Cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? ("dotnet", [Cli, "build", "--root", corpus.Root, "--output", output])
            : (Cli, ["build", "--root", corpus.Root, "--output", output]);
}

/// <summary>Hugo over the corpus's Hugo peer site (<c>hugo --quiet -s DIR -d OUT</c>).</summary>
public sealed record HugoTool(string Executable = "hugo") : BuildTool("Hugo")
{
    public override (string, IReadOnlyList<string>) Command(Corpus.GeneratedCorpus corpus, string output) =>
        (Executable, ["--quiet", "-s", corpus.HugoRoot ?? throw new InvalidOperationException("The corpus was generated without a Hugo site."), "-d", output]);
}
