using System.IO.Abstractions;
using Briefings.Site;
using Briefings.Tests.Publishing.Support;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

public sealed class AtomicOutputTests
{
    [Fact]
    public async Task A_build_that_fails_rendering_leaves_the_previous_output_byte_for_byte()
    {
        var failed = await RebuildAfterPublishing(
            site => File.AppendAllText(Path.Combine(site.Root, "templates", "article.html"), "{{ no_such_variable }}"),
            new FileSystem());

        Assert.Contains(failed.Diagnostics, d => d.Code == DiagnosticCodes.TemplateError && d.File == "templates/article.html");
    }

    [Fact]
    public async Task A_build_that_fails_while_writing_files_leaves_the_previous_output_byte_for_byte()
    {
        var failed = await RebuildAfterPublishing(_ => { }, new FailingWritesFileSystem(failAt: 40));

        Assert.Contains(failed.Diagnostics, d => d.Message.Contains("No space left on device (simulated)", StringComparison.Ordinal));
    }

    /// <summary>
    /// Publishes the sample, changes its title (so a successful rebuild would change every page), breaks
    /// the site as told, rebuilds through the given file system, and checks that the rebuild failed and that
    /// the published output is byte-for-byte what it was, with nothing left beside it but the staging folder kept for recycling.
    /// </summary>
    private static async Task<BuildReport> RebuildAfterPublishing(Action<SampleSiteCopy> breakSite, IFileSystem fileSystem)
    {
        using var site = new SampleSiteCopy();
        var output = Path.Combine(site.Outputs, "output");
        var options = new BuildOptions { Now = BuiltSite.Now };
        var cancellation = TestContext.Current.CancellationToken;
        Assert.True((await new SiteBuilder(new FileSystem()).BuildAsync(site.Root, output, options, cancellationToken: cancellation)).Published);
        var before = SampleSiteCopy.Snapshot(output);

        var settings = Path.Combine(site.Root, "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("title: Briefings", "title: Changed", StringComparison.Ordinal));
        breakSite(site);
        var failed = await new SiteBuilder(fileSystem).BuildAsync(site.Root, output, options, cancellationToken: cancellation);

        Assert.False(failed.Succeeded);
        Assert.False(failed.Published);
        Assert.Equal(before, SampleSiteCopy.Snapshot(output));
        Assert.Equal(["output"], BesideOutput.Entries(site.Outputs));
        return failed;
    }
}
