using System.Collections.Immutable;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
using Briefings.Site;

namespace Briefings.Cli.Serve;

/// <summary>
/// What the preview server serves at one moment: the files of the last good build, by output path, and
/// the errors of the latest build when it failed (the good files are kept and shown with them).
/// Immutable; a rebuild swaps in a new one.
/// </summary>
public sealed record PreviewSite(ImmutableDictionary<string, Document> Files, ImmutableArray<Diagnostic> Errors, int Build, BuildReport? Report)
{
    public static readonly PreviewSite Empty = new(ImmutableDictionary<string, Document>.Empty, [], 0, null);

    public bool HasSite => !Files.IsEmpty;

    public bool Failed => !Errors.IsEmpty;

    /// <summary>The next state after a build: its files when it succeeded, else these files with its errors.</summary>
    public PreviewSite After(BuildReport report) => report.Succeeded
        ? new PreviewSite(report.Documents.ToImmutableDictionary(d => d.Destination!, StringComparer.Ordinal), [], Build + 1, report)
        : this with { Errors = [.. report.Diagnostics.Where(d => d.Severity == Severity.Error)], Build = Build + 1, Report = report };

    /// <summary>The file answering a URL path: "/a/" is a/index.html, "/a" is a or a/index.html.</summary>
    public Document? Find(string urlPath, out bool isFolder)
    {
        isFolder = false;
        var relative = Uri.UnescapeDataString(urlPath).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return Files.GetValueOrDefault(relative + "index.html");
        }

        if (Files.TryGetValue(relative, out var file))
        {
            return file;
        }

        isFolder = Files.ContainsKey(relative + "/index.html");
        return null;
    }
}
