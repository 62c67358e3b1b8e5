using System.Security.Cryptography;
using Briefings.Cli.Tests.Support;
using Briefings.Publishing;
using Briefings.Tests.Support;

namespace Briefings.Cli.Tests.Build;

/// <summary>
/// <c>build --manifest FILE</c> lists every file written with its SHA-256 and size. A build without it hashes nothing
/// (the written files keep no hash), so the manifest is the one place the CLI's hashes can be checked.
/// </summary>
public sealed class ManifestCommandTests
{
    [Fact]
    public async Task The_manifest_lists_every_written_file_with_the_SHA256_and_size_of_its_bytes()
    {
        using var site = new SiteFolder();
        site.Write("first.md", SiteFolder.Article("First news"));
        site.Write("second.md", SiteFolder.Article("Second news", day: 2));
        var output = site.Combine("output");
        var manifest = site.Combine("manifest.json");

        var run = await BriefingsCli.RunAsync("build", "--root", site.Root, "--output", output, "--manifest", manifest, "--quiet");

        Assert.Equal(0, run.ExitCode);
        var files = OutputManifest.Read(File.ReadAllText(manifest));
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(output, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(written, files.Select(f => f.Path));
        Assert.Contains("first/index.html", written);
        Assert.All(files, file =>
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, file.Path));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), file.Sha256);
            Assert.Equal(bytes.Length, file.Bytes);
        });
    }

    [Fact]
    public async Task A_build_without_a_manifest_writes_the_same_files()
    {
        using var site = new SiteFolder();
        site.Write("first.md", SiteFolder.Article("First news"));
        var withManifest = site.Combine("with");
        var without = site.Combine("without");

        var first = await BriefingsCli.RunAsync("build", "--root", site.Root, "--output", withManifest, "--manifest", site.Combine("manifest.json"), "--quiet");
        var second = await BriefingsCli.RunAsync("build", "--root", site.Root, "--output", without, "--quiet");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var files = OutputManifest.Read(File.ReadAllText(site.Combine("manifest.json")));
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Equal(
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(without, file.Path)))),
            file.Sha256));
        Assert.Equal(files.Count(), Directory.EnumerateFiles(without, "*", SearchOption.AllDirectories).Count());
    }
}
