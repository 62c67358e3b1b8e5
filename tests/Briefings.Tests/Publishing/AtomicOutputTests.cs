using System.IO.Abstractions;
using Briefings.Site;
using Briefings.Tests.Publishing.Support;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

public sealed class AtomicOutputTests
{
    private static readonly BuildOptions Options = new() { Now = BuiltSite.Now };

    [Fact]
    public async Task A_build_that_fails_rendering_leaves_the_previous_output_byte_for_byte()
    {
        using var site = new SampleSiteCopy();
        var output = Path.Combine(site.Outputs, "output");
        Assert.True((await Build(new FileSystem(), site.Root, output)).Published);
        var before = SampleSiteCopy.Snapshot(output);

        // A change that would alter every page, and a template that fails while the pages render.
        File.WriteAllText(Path.Combine(site.Root, "site.yml"), File.ReadAllText(Path.Combine(site.Root, "site.yml")).Replace("title: Briefings", "title: Changed", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(site.Root, "templates", "article.html"), "{{ no_such_variable }}");
        var failed = await Build(new FileSystem(), site.Root, output);

        Assert.False(failed.Succeeded);
        Assert.False(failed.Published);
        Assert.Contains(failed.Diagnostics, d => d.Code == DiagnosticCodes.TemplateError && d.File == "templates/article.html");
        Assert.Equal(before, SampleSiteCopy.Snapshot(output));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(site.Outputs).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_build_that_fails_while_writing_files_leaves_the_previous_output_byte_for_byte()
    {
        using var site = new SampleSiteCopy();
        var output = Path.Combine(site.Outputs, "output");
        Assert.True((await Build(new FileSystem(), site.Root, output)).Published);
        var before = SampleSiteCopy.Snapshot(output);

        File.WriteAllText(Path.Combine(site.Root, "site.yml"), File.ReadAllText(Path.Combine(site.Root, "site.yml")).Replace("title: Briefings", "title: Changed", StringComparison.Ordinal));
        var failed = await Build(new FailingWritesFileSystem(failAt: 40), site.Root, output);

        Assert.False(failed.Succeeded);
        Assert.False(failed.Published);
        Assert.Contains(failed.Diagnostics, d => d.Message.Contains("No space left on device (simulated)", StringComparison.Ordinal));
        Assert.Equal(before, SampleSiteCopy.Snapshot(output));
        Assert.Equal(["output"], Directory.EnumerateFileSystemEntries(site.Outputs).Select(Path.GetFileName));
    }

    private static Task<BuildReport> Build(IFileSystem fileSystem, string root, string output) =>
        new SiteBuilder(fileSystem).BuildAsync(root, output, Options);
}
