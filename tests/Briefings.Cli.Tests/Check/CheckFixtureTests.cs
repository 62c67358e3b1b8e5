using System.Text.RegularExpressions;
using Briefings.Cli.Tests.Support;

namespace Briefings.Cli.Tests.Check;

/// <summary><c>briefings check</c> over each broken fixture reports each expected problem with its code, file and line.</summary>
public sealed partial class CheckFixtureTests
{
    public static TheoryData<string> Fixtures() => [.. CheckFixture.Names()];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Check_reports_the_fixtures_problems_at_their_lines(string name)
    {
        using var fixture = CheckFixture.Load(name);

        var run = await BriefingsCli.RunAsync("check", "--root", fixture.Site.Root);

        var reported = run.Lines.Select(line => CompilerForm().Match(line)).Where(m => m.Success).ToList();
        foreach (var expected in fixture.Expected)
        {
            var match = reported.FirstOrDefault(m =>
                m.Groups["file"].Value == expected.File
                && m.Groups["line"].Value == expected.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && m.Groups["severity"].Value == expected.Severity
                && m.Groups["code"].Value == expected.Code);
            Assert.True(match is not null, $"expected '{expected.Severity} {expected.Code}' at {expected.File}:{expected.Line}; check printed:\n{run.Output}{run.Errors}");
            if (expected.Mentions is { } word)
            {
                Assert.Contains(word, match.Value, StringComparison.Ordinal);
            }
        }

        var errorsExpected = fixture.Expected.Any(e => e.Severity == "error");
        Assert.Equal(errorsExpected ? 1 : 0, run.ExitCode);
        Assert.Equal(fixture.Expected.Count(e => e.Severity == "error"), reported.Count(m => m.Groups["severity"].Value == "error"));
    }

    [Fact]
    public async Task Check_of_the_sample_site_passes_and_writes_nothing()
    {
        var run = await BriefingsCli.RunAsync("check", "--root", Briefings.Tests.Support.RepositoryRoot.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 errors", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("BRF012", run.Output + run.Errors, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+)(:(?<col>\d+))?: (?<severity>error|warning) (?<code>[A-Z]+\d+): .*$")]
    private static partial Regex CompilerForm();
}
