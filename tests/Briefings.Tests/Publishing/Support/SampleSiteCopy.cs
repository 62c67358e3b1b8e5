using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing.Support;

/// <summary>A copy of the whole sample site (content, templates, site.yml) in a temporary folder, for tests that change it or build it repeatedly.</summary>
public sealed class SampleSiteCopy : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public SampleSiteCopy()
    {
        SiteFolder.CopyDirectory(Path.Combine(RepositoryRoot.Path, "content"), Combine("site", "content"));
        SiteFolder.CopyDirectory(Path.Combine(RepositoryRoot.Path, "templates"), Combine("site", "templates"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "site.yml"), Combine("site", "site.yml"));
    }

    public string Root => Combine("site");

    /// <summary>A folder beside the site for outputs; it holds nothing else.</summary>
    public string Outputs => Combine("outputs");

    public string Combine(params string[] parts) => _directory.Combine(parts);

    /// <summary>Every file under a folder, relative path → SHA-256, in ordinal order: equal snapshots mean byte-identical trees.</summary>
    public static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    public void Dispose() => _directory.Dispose();
}
