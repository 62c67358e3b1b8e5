using System.IO.Abstractions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefings.Site;

namespace Briefings.Tests.Support;

/// <summary>A site built for real into a temporary folder, with helpers to read its pages as parsed HTML.</summary>
public sealed class BuiltSite : IDisposable
{
    /// <summary>A fixed "now" keeps schedule rules, and so the page set, the same whenever the tests run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory _directory;

    private BuiltSite(TemporaryDirectory directory, string root, BuildReport report, string output)
    {
        _directory = directory;
        Root = root;
        Report = report;
        Output = output;
    }

    public string Root { get; }

    public string Output { get; }

    public BuildReport Report { get; }

    public static BuiltSite Build(string root, BuildOptions? options = null, bool serial = false)
    {
        var directory = new TemporaryDirectory();
        var output = directory.Combine("output");
        var report = new SiteBuilder(new FileSystem())
            .BuildAsync(root, output, options ?? new BuildOptions { Now = Now }, serial)
            .GetAwaiter()
            .GetResult();
        return new BuiltSite(directory, root, report, output);
    }

    public static BuiltSite BuildSample(BuildOptions? options = null, bool serial = false) => Build(RepositoryRoot.Path, options, serial);

    public bool Exists(string relative) => File.Exists(Path.Combine(Output, relative));

    /// <summary>Parses an output file ("angara-ship-docked-in-chinese-port/index.html") as an HTML document.</summary>
    public IDocument Page(string relative)
    {
        var path = Path.Combine(Output, relative);
        Assert.True(File.Exists(path), $"expected {relative} in the output");
        return new HtmlParser().ParseDocument(File.ReadAllText(path));
    }

    /// <summary>The page for a URL path such as "/tags/eu/".</summary>
    public IDocument PageAt(string urlPath) => Page(urlPath.TrimStart('/') + (urlPath.EndsWith('/') ? "index.html" : string.Empty));

    /// <summary>Every output file, relative, in ordinal order.</summary>
    public IReadOnlyList<string> Files() =>
        System.IO.Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose() => _directory.Dispose();
}
