using System.Diagnostics;
using System.Globalization;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>
/// Kills real builds (the command, as a child process) of a generated corpus at moments spread over a
/// build's measured duration, and finds the output folder the previous complete site every time the
/// kill came before the swap (and the complete new site when it came after), never a mix.
/// </summary>
[Collection(KillTestCollection.Name)]
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
        var (_, first) = BuildToEnd(site, output);
        WriteCorpus(site, 1);
        var (duration, second) = BuildToEnd(site, temp.Combine("next")); // the first build runs cold; time a warm one
        IReadOnlyList<string>[] sites = [first, second];
        Assert.NotEqual(first, second);
        log.WriteLine($"{Briefings} briefings, {first.Count} files, a build takes {duration.TotalMilliseconds:F0} ms");

        var killedBeforeSwap = 0;
        var written = 1;
        foreach (var moment in Moments)
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                written = 1 - version;
                WriteCorpus(site, written);
                var started = DateTime.Now;
                using var build = CliProcess.Start("build", "--root", site.Root, "--output", output);
                Thread.Sleep(duration * moment);
                var killed = TryKill(build);
                build.WaitForExit();
                var found = FolderSnapshot.Of(output);
                if (!found.SequenceEqual(sites[1 - version]))
                {
                    Assert.True(killed, "a build that finished must have swapped in the new site");
                    Assert.Equal(sites[version], found);
                    killedBeforeSwap++;
                    log.WriteLine($"killed at {moment:P0}: output is the previous site");
                    break;
                }

                // The swap had happened (the process may still have been removing the old tree): the complete
                // new site is the output, and becomes the one to protect.
                Assert.True(killed || build.ExitCode == 0);
                version = 1 - version;
                log.WriteLine($"{(killed ? "killed after the swap" : "finished before")} {moment:P0}: output is the new site");
                if (killed)
                {
                    // This build swapped before the kill, so builds now run faster than the one measured (a shared
                    // machine's load changes): the kill's moment bounds the build's length for the later moments.
                    duration *= moment;
                    break;
                }

                // Builds run faster than the one measured (a shared machine): measure again from this one and retry.
                duration = build.ExitTime - started;
            }
        }

        Assert.True(killedBeforeSwap >= 3, $"only {killedBeforeSwap} of {Moments.Length} kills hit a build before its swap");
        // The content now on disk is the last version written; a build to the end publishes it, clearing what the kills left.
        var (_, recovered) = BuildToEnd(site, output);
        Assert.Equal(sites[written], recovered);
        Assert.Equal(["output"], BesideOutput.Entries(temp.Path).Where(n => n != "next"));
    }

    /// <summary>Kills the build unless it has ended; false when it ended first (also in the instant before the kill).</summary>
    private static bool TryKill(Process build)
    {
        try
        {
            build.Kill(entireProcessTree: true);
            return true;
        }
        catch (InvalidOperationException) when (build.HasExited)
        {
            return false;
        }
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
        return (stopwatch.Elapsed, FolderSnapshot.Of(output));
    }
}

/// <summary>Runs the kill test alone: its kill moments come from a measured build, which other tests running beside it would skew.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KillTestCollection
{
    public const string Name = "kill test";
}
