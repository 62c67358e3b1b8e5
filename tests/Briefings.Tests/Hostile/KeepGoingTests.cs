using Briefings.Engine.Diagnostics;
using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>One bad file does not stop the search for others: every problem is reported, the build fails, and the previous output stays as it was.</summary>
public sealed class KeepGoingTests
{
    private static readonly (string File, string Text, string Code, int Line)[] Broken =
    [
        ("a-unclosed.md", "---\ntitle: Unclosed\n\nBody.\n", DiagnosticCodes.UnclosedFrontMatter, 1),
        ("b-bad-date.md", "---\ntitle: Bad date\ndate: 2024-02-30T09:00:00+00:00\n---\nBody.\n", DiagnosticCodes.InvalidDate, 3),
        ("c-bad-type.md", "---\ntitle: Podcast\ndate: 2025-01-01T09:00:00+00:00\ntype: podcast\n---\nBody.\n", DiagnosticCodes.UnknownItemType, 4),
        ("d-empty.md", string.Empty, DiagnosticCodes.NoFrontMatter, 1),
        ("e-unsafe-image.md", "---\ntitle: Picture\ndate: 2025-01-01T09:00:00+00:00\nimage:\n  src: javascript:alert(1)\n  alt: x\n---\nBody.\n", DiagnosticCodes.UnsafeUrl, 5),
        ("f-bad-slug.md", "---\ntitle: Slug\ndate: 2025-01-01T09:00:00+00:00\nslug: ../up\n---\nBody.\n", DiagnosticCodes.InvalidSlug, 4),
    ];

    [Fact]
    public async Task A_folder_of_different_broken_files_reports_each_and_leaves_the_previous_output_untouched()
    {
        using var site = new SiteFolder();
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("output");
        site.Write("good-one.md", SiteFolder.Article("Good one", day: 1));
        site.Write("good-two.md", SiteFolder.Article("Good two", day: 2));
        var builder = new SiteBuilder(new System.IO.Abstractions.FileSystem());
        var options = new BuildOptions { Now = BuiltSite.Now };
        Assert.True((await builder.BuildAsync(site.Root, output, options, cancellationToken: TestContext.Current.CancellationToken)).Succeeded);
        var before = FolderSnapshot.Of(output);

        foreach (var (file, text, _, _) in Broken)
        {
            site.Write(file, text);
        }

        var report = await builder.BuildAsync(site.Root, output, options, cancellationToken: TestContext.Current.CancellationToken);

        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => (d.File, d.Code, d.Line ?? 0)).Order().ToList();
        Assert.Equal(Broken.Select(b => ((string?)$"content/briefings/{b.File}", b.Code, b.Line)).Order(), errors);
        Assert.False(report.Succeeded);
        Assert.False(report.Published);
        Assert.Equal(before, FolderSnapshot.Of(output));
        Assert.Equal(["output"], BesideOutput.Entries(temp.Path));
    }

    [Fact]
    public void The_command_exits_non_zero_and_prints_every_problem()
    {
        using var site = new SiteFolder();
        site.Write("good.md", SiteFolder.Article("Good"));
        foreach (var (file, text, _, _) in Broken)
        {
            site.Write(file, text);
        }

        var (exitCode, printed) = CliProcess.Run("build", "--root", site.Root, "--output", site.Combine("output"));

        Assert.Equal(1, exitCode);
        Assert.All(Broken, b => Assert.Contains($"content/briefings/{b.File}:{b.Line}", printed, StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Combine("output")));
    }
}
