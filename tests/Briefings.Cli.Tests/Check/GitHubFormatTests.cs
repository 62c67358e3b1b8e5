using Briefings.Cli.Console;
using Briefings.Cli.Tests.Support;
using Briefings.Engine.Diagnostics;

namespace Briefings.Cli.Tests.Check;

/// <summary><c>check --format github</c> prints workflow annotations a pull request shows on the right line.</summary>
public sealed class GitHubFormatTests
{
    [Fact]
    public async Task Each_problem_becomes_an_annotation_on_its_file_and_line()
    {
        using var fixture = CheckFixture.Load("many-problems");

        var run = await BriefingsCli.RunAsync("check", "--root", fixture.Site.Root, "--format", "github");

        Assert.Equal(1, run.ExitCode);
        var annotations = run.Output.Split('\n').Where(line => line.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, annotations.Count);
        Assert.Contains("::error file=content/briefings/a.md,line=4,col=7,title=BRF008::Unknown item type 'podcast'. (use article, quote or video)", annotations);
        Assert.Contains(annotations, a => a.StartsWith("::error file=content/briefings/b.md,line=1,title=BRF003::", StringComparison.Ordinal));
        Assert.Contains(annotations, a => a.StartsWith("::error file=content/briefings/c.md,line=5,col=", StringComparison.Ordinal) && a.Contains(",title=BRF012::The link '/nowhere/'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Warnings_are_warning_annotations()
    {
        using var fixture = CheckFixture.Load("unknown-key");

        var run = await BriefingsCli.RunAsync("check", "--root", fixture.Site.Root, "--format", "github");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("::warning file=content/briefings/typo.md,line=4,col=1,title=BRF009::Unknown key 'summry'. (did you mean 'summary'?)", run.Output.Split('\n'));
    }

    [Fact]
    public void Properties_and_message_are_escaped_by_the_workflow_command_rules()
    {
        var diagnostic = Diagnostic.Error("BRF001", "100% broken:\r\nsecond line, really", "content/a,b:c%.md", 3, 7, hint: "fix it");

        Assert.Equal(
            "::error file=content/a%2Cb%3Ac%25.md,line=3,col=7,title=BRF001::100% broken:%0D%0Asecond line, really (fix it)".Replace("100% ", "100%25 ", StringComparison.Ordinal),
            GitHubAnnotations.Format(diagnostic));
    }

    [Fact]
    public void A_problem_without_a_file_is_annotated_on_the_run()
    {
        var diagnostic = Diagnostic.Warning("PIPE004", "No file here.");

        Assert.Equal("::warning title=PIPE004::No file here.", GitHubAnnotations.Format(diagnostic));
    }

    [Fact]
    public async Task An_unknown_format_is_refused()
    {
        var run = await BriefingsCli.RunAsync("check", "--format", "xml");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--format must be text or github", run.Errors, StringComparison.Ordinal);
    }
}
