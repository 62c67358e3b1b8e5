using System.Diagnostics;
using System.IO.Abstractions;
using Briefings.Catalog;
using Briefings.Content;
using Briefings.Engine.Caching;
using Briefings.Engine.Execution;
using Briefings.Pages;
using Briefings.Templates;
using Microsoft.Extensions.Logging;
using Diagnostic = Briefings.Engine.Diagnostics.Diagnostic;

namespace Briefings.Site;

/// <summary>
/// Builds a site folder: reads its configuration, composes the features' pipelines and runs them.
/// With no output folder it only checks. The CLI, the preview server and the tests all come through here.
/// </summary>
public sealed class SiteBuilder(IFileSystem fileSystem, ILogger? logger = null)
{
    private string? _configuration;

    public IReadOnlyList<ISiteFeature> Features { get; init; } = BriefingsSite.Features;

    /// <summary>
    /// Work kept from one build to the next (parsed briefings, rendered pages), so a builder reused by the
    /// preview server redoes only what changed. Cleared when the configuration changes. A one-off build
    /// passes <c>new BuildCache(remembers: false)</c> so it pays for no fingerprints.
    /// </summary>
    public BuildCache Cache { get; init; } = new();

    /// <summary>
    /// Whether the report lists every written file with its SHA-256 (<see cref="BuildReport.Outputs"/>, what a manifest
    /// needs; the preview server compares builds by it). A one-off build without a manifest passes false and hashes nothing.
    /// </summary>
    public bool HashesOutputs { get; init; } = true;

    /// <summary>Told as each pipeline finishes a phase, for a progress display.</summary>
    public IProgress<PhaseTiming>? Progress { get; init; }

    public async Task<BuildReport> BuildAsync(string root, string? output, BuildOptions options, bool serial = false, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        root = fileSystem.Path.GetFullPath(root);
        var configDiagnostics = new List<Diagnostic>();
        var settings = ReadSettings(root, configDiagnostics);
        if (options.BaseUrl is { } baseUrl)
        {
            settings = settings with { BaseUrl = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/") };
        }

        if (configDiagnostics.Any(d => d.Severity == Engine.Diagnostics.Severity.Error))
        {
            return new BuildReport(configDiagnostics, false, 0, 0, [], [], stopwatch.Elapsed);
        }

        ForgetCacheIfConfigurationChanged(root, options);
        var site = new SiteContext(settings, options, new SiteUrls(settings));
        var engine = new PipelineEngine(
            new EngineSettings
            {
                RootDirectory = root,
                OutputDirectory = output is null ? null : fileSystem.Path.GetFullPath(output),
                Serial = serial,
                ProtectedDirectories = [fileSystem.Path.Combine(root, ContentFeature.Directory), fileSystem.Path.Combine(root, TemplateSet.Directory)],
                Cache = Cache,
                Progress = Progress,
                KeepsHashes = HashesOutputs,
            },
            fileSystem,
            logger);
        var result = await engine.RunAsync(Features.SelectMany(f => f.CreatePipelines(site)), cancellationToken);

        var written = result.Published
            ? result.Outputs.Values.SelectMany(d => d).Where(d => d.Destination is not null).ToList()
            : [];
        SiteCatalog? catalog = result.OutputsOf(SiteCatalog.Pipeline) is [var model] && model.Metadata.TryGet(SiteCatalog.Key, out var found) ? found : null;
        return new BuildReport(
            [.. configDiagnostics, .. result.Diagnostics],
            result.Published,
            written.Count(d => d.Destination!.EndsWith(".html", StringComparison.Ordinal)),
            written.Count,
            catalog?.HeldBack ?? [],
            result.Timings,
            stopwatch.Elapsed)
        {
            Outputs = !HashesOutputs ? [] : [.. written.Select(d => new OutputFile(d.Destination!, d.Content.Hash, d.Content.Length)).OrderBy(f => f.Path, StringComparer.Ordinal)],
            RenderedPages = result.CacheCounts.GetValueOrDefault(RenderPage.CacheScope)?.Redone ?? [],
            MemoryReturned = result.MemoryReturned,
            PagesReused = result.CacheCounts.GetValueOrDefault(RenderPage.CacheScope)?.Hits ?? 0,
            Documents = [.. result.Outputs.Values.SelectMany(d => d).Where(d => d.Destination is not null).OrderBy(d => d.Destination, StringComparer.Ordinal)],
        };
    }

    /// <summary>Everything cached depends on site.yml and the options that shape URLs, so a change there starts afresh.</summary>
    private void ForgetCacheIfConfigurationChanged(string root, BuildOptions options)
    {
        var path = fileSystem.Path.Combine(root, SiteSettings.FileName);
        var configuration = $"{root}\0{options.BaseUrl}\0{(fileSystem.File.Exists(path) ? fileSystem.File.ReadAllText(path) : string.Empty)}";
        if (configuration != _configuration)
        {
            Cache.Clear();
            _configuration = configuration;
        }
    }

    private SiteSettings ReadSettings(string root, List<Diagnostic> diagnostics)
    {
        var path = fileSystem.Path.Combine(root, SiteSettings.FileName);
        var text = fileSystem.File.Exists(path) ? fileSystem.File.ReadAllText(path) : null;
        return SiteSettingsReader.Read(text, SiteSettings.FileName, diagnostics);
    }
}
