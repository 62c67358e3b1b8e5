using Briefings.Tests.Support;

namespace Briefings.Cli.Tests.Support;

/// <summary>
/// A broken site from Fixtures/check/&lt;case&gt;/: the repository's templates and site.yml with the case's
/// files laid over them. expected.txt lists the diagnostics check must report, one per line:
/// "severity code file line [word the message or hint must contain]".
/// </summary>
public sealed class CheckFixture : IDisposable
{
    public static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Fixtures", "check");

    private CheckFixture(string name)
    {
        Name = name;
        var from = Path.Combine(Directory, name);
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            if (relative != "expected.txt")
            {
                Site.WriteFile(relative, File.ReadAllText(file));
            }
        }

        Expected = File.ReadAllLines(Path.Combine(from, "expected.txt"))
            .Where(line => line.Trim().Length > 0)
            .Select(ExpectedDiagnostic.Parse)
            .ToList();
    }

    public string Name { get; }

    public SiteFolder Site { get; } = new();

    public IReadOnlyList<ExpectedDiagnostic> Expected { get; }

    public static IEnumerable<string> Names() =>
        System.IO.Directory.EnumerateDirectories(Directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static CheckFixture Load(string name) => new(name);

    public void Dispose() => Site.Dispose();
}

public sealed record ExpectedDiagnostic(string Severity, string Code, string File, int Line, string? Mentions)
{
    public static ExpectedDiagnostic Parse(string line)
    {
        var parts = line.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
        return new ExpectedDiagnostic(parts[0], parts[1], parts[2], int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture), parts.Length > 4 ? parts[4] : null);
    }
}
