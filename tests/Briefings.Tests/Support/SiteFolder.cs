using System.Text;

namespace Briefings.Tests.Support;

/// <summary>
/// A small site written to a temporary folder: the repository's real templates and configuration,
/// plus the briefings a test writes. For tests that need their own content.
/// </summary>
public sealed class SiteFolder : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public SiteFolder(bool withSampleImages = true)
    {
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "templates"), Combine("templates"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "site.yml"), Combine("site.yml"));
        Directory.CreateDirectory(Combine("content", "briefings"));
        if (withSampleImages)
        {
            CopyDirectory(Path.Combine(RepositoryRoot.Path, "content", "images"), Combine("content", "images"));
        }
    }

    public string Root => _directory.Path;

    public string Combine(params string[] parts) => _directory.Combine(parts);

    /// <summary>Writes content/briefings/&lt;name&gt; and returns its path relative to the root.</summary>
    public string Write(string name, string text)
    {
        File.WriteAllText(Combine("content", "briefings", name), text, new UTF8Encoding(false));
        return $"content/briefings/{name}";
    }

    public void WriteFile(string relative, string text)
    {
        var path = Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>A valid article with the given title and body, dated at the given day of 2025.</summary>
    public static string Article(string title, string body = "Some text.", int day = 1, string extra = "") => $"""
        ---
        title: "{title.Replace("\"", "\\\"", StringComparison.Ordinal)}"
        date: 2025-01-{day:00}T09:00:00+00:00
        tags: [Russia]
        summary: A summary.
        {extra}
        ---
        {body}
        """;

    public void Dispose() => _directory.Dispose();

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
