using System.Diagnostics;
using System.Globalization;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>
/// Kills real builds (the command, as a child process) of a generated corpus at moments spread over a
/// build's measured duration, and finds the output folder still the previous complete site every time.
/// </summary>
public sealed class KillTests(ITestOutputHelper log)
{
    private const int Briefings = 400;
    private static readonly double[] Moments = [0.1, 0.3, 0.5, 0.7, 0.9];

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_previous_complete_site()
    {
        using var site = new SiteFolder(withSampleImages: false);
        using var temp = new TemporaryDirectory();
        var output = temp.Combine("output");

        var version = 0;
        WriteCorpus(site, version);
        var (elapsed, first) = BuildToEnd(site, output);
        WriteCorpus(site, 1);
        var (secondElapsed, second) = BuildToEnd(site, temp.Combine("next"));
        IReadOnlyList<string>[] sites = [first, second];
        Assert.NotEqual(first, second);
        var current = first;
        var duration = (elapsed + secondElapsed) / 2;
        log.WriteLine($"{Briefings} briefings, {current.Count} files, a build takes {duration.TotalMilliseconds:F0} ms");

        var killed = 0;
        foreach (var moment in Moments)
        {
            WriteCorpus(site, 1 - version);
            using var build = CliProcess.Start("build", "--root", site.Root, "--output", output);
            Thread.Sleep(duration * moment);
            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
                build.WaitForExit();
                killed++;
                Assert.Equal(current, OutputManifest.Of(output));
                log.WriteLine($"killed at {moment:P0}: output is the previous site");
            }
            else
            {
                // It finished first: the output is the complete new site, which becomes the one to protect.
                Assert.Equal(0, build.ExitCode);
                version = 1 - version;
                current = sites[version];
                Assert.Equal(current, OutputManifest.Of(output));
                log.WriteLine($"finished before {moment:P0}: output is the new site");
            }
        }

        Assert.True(killed >= 3, $"only {killed} of {Moments.Length} kills hit a running build");
        var (_, recovered) = BuildToEnd(site, output);
        Assert.Equal(sites[1 - version], recovered);
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Where(n => n != "next"));
    }

    /// <summary>Many small briefings; each version gives every page different text, so a half-swapped site would show.</summary>
    private static void WriteCorpus(SiteFolder site, int version)
    {
        for (var i = 0; i < Briefings; i++)
        {
            site.Write(
                string.Create(CultureInfo.InvariantCulture, $"item-{i:0000}.md"),
                string.Create(CultureInfo.InvariantCulture, $"---\ntitle: Item {i} version {version}\ndate: 2025-01-01T{i / 60 % 24:00}:{i % 60:00}:00+00:00\ntags: [Tag {i % 50}]\nsummary: A short summary of item {i}.\n---\nThe body of item {i}, version {version}, with a [link](https://example.org/{i}).\n"));
        }
    }

    private static (TimeSpan Elapsed, IReadOnlyList<string> Manifest) BuildToEnd(SiteFolder site, string output)
    {
        var stopwatch = Stopwatch.StartNew();
        var (exitCode, printed) = CliProcess.Run("build", "--root", site.Root, "--output", output);
        Assert.True(exitCode == 0, printed);
        return (stopwatch.Elapsed, OutputManifest.Of(output));
    }
}
