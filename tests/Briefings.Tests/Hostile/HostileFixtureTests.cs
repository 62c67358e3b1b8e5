using System.Text;
using AngleSharp.Html.Parser;
using Briefings.Engine.Diagnostics;
using Briefings.Safety;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>
/// The hostile corpus: one folder per broken or malicious input under Fixtures/hostile/, laid out like a
/// site root (content/…, templates/…) and laid over the repository's real templates and configuration,
/// with its expected diagnostics or safe output in expected.yml. Every case is built for real.
/// </summary>
public sealed class HostileFixtureTests
{
    public static readonly string Root = Path.Combine(RepositoryRoot.Path, "tests", "Briefings.Tests", "Fixtures", "hostile");

    public static TheoryData<string> Cases => new(Directory.EnumerateDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_reports_exactly_its_errors_or_builds_safe_pages(string name)
    {
        var expected = FixtureExpectation.Read(Path.Combine(Root, name, FixtureExpectation.FileName));
        using var site = new SiteFolder();
        Lay(name, site, expected);

        using var built = BuiltSite.Build(site.Root);
        var report = built.Report;

        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Errors.Select(e => e.ToString()).Order(StringComparer.Ordinal), errors);
        var warnings = report.Diagnostics.Where(d => d.Severity == Severity.Warning).Select(Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(expected.Warnings, w => Assert.Contains(w.ToString(), warnings));
        Assert.All(report.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));

        Assert.Equal(expected.Builds, report.Succeeded);
        Assert.Equal(expected.Builds, report.Published);
        if (!expected.Builds)
        {
            Assert.False(Directory.Exists(built.Output), "a failed build writes no output");
            return;
        }

        AssertNoScriptFromContent(built);
        foreach (var page in expected.Pages)
        {
            AssertPage(built, page);
        }
    }

    [Fact]
    public void Every_case_declares_what_it_tests()
    {
        Assert.All(Cases, row =>
        {
            var expected = FixtureExpectation.Read(Path.Combine(Root, row.Data, FixtureExpectation.FileName));
            Assert.False(string.IsNullOrWhiteSpace(expected.About), row.Data);
            Assert.True(expected.Builds ? expected.Pages.Count > 0 : expected.Errors.All(e => e.File.Length > 0), row.Data);
        });
    }

    /// <summary>Copies the case over the base site, deletes what it removes, and writes what is generated rather than committed.</summary>
    private static void Lay(string name, SiteFolder site, FixtureExpectation expected)
    {
        var folder = Path.Combine(Root, name);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (relative == FixtureExpectation.FileName)
            {
                continue;
            }

            var target = site.Combine(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        foreach (var relative in expected.Remove)
        {
            File.Delete(site.Combine(relative.Split('/')));
        }

        if (GeneratedCases.Writers.TryGetValue(name, out var write))
        {
            write(site);
        }
    }

    private static void AssertNoScriptFromContent(BuiltSite built)
    {
        var pages = built.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var file in pages)
        {
            var problems = ContentSafetyScan.Problems(built.Page(file), "/", EmbedHosts.Defaults);
            Assert.True(problems.Count == 0, $"{file}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }

    private static void AssertPage(BuiltSite built, ExpectedPage expected)
    {
        var page = built.Page(expected.Page);
        Assert.All(expected.Present, selector => Assert.True(page.QuerySelector(selector) is not null, $"{expected.Page}: nothing matches {selector}"));
        Assert.All(expected.Absent, selector => Assert.True(page.QuerySelector(selector) is null, $"{expected.Page}: {selector} matches {page.QuerySelector(selector)?.OuterHtml}"));
        foreach (var (target, text) in expected.Text)
        {
            var (selector, attribute) = target.Split('@') is [var s, var a] ? (s, a) : (target, null);
            var element = page.QuerySelector(selector);
            Assert.True(element is not null, $"{expected.Page}: nothing matches {selector}");
            Assert.Equal(text, Collapse(attribute is null ? element.TextContent : element.GetAttribute(attribute) ?? string.Empty));
        }
    }

    private static string Key(Diagnostic d) =>
        new ExpectedDiagnostic { Code = d.Code, File = d.File ?? string.Empty, Line = d.Line }.ToString();

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
