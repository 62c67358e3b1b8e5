using System.Collections.Immutable;
using System.IO.Abstractions;
using BenchmarkDotNet.Attributes;
using Briefings.Assets;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Engine.Pipelines;
using Briefings.Pages;
using Briefings.Site;
using Briefings.Templates;

namespace Briefings.MicroBenchmarks;

/// <summary>
/// Rendering and writing the sample site's pages (its item pages, News Feed, tag, section, author pages and
/// rail fragments): one operation renders, or writes, every page once.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PageBenchmarks
{
    private static readonly BuildOptions Options = new() { Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    private ImmutableArray<Document> _models = [];
    private ImmutableArray<Document> _rendered = [];
    private string _scratch = "";

    [GlobalSetup]
    public void Setup()
    {
        // A check build of the sample site leaves every page document with its model and its rendered bytes.
        var report = new SiteBuilder(new FileSystem()).BuildAsync(SampleSite.Root, null, Options).GetAwaiter().GetResult();
        var pages = report.Documents.Where(d => d.Metadata.Contains(PageModel.Key)).ToImmutableArray();
        _models = [.. pages.Select(d => d with { Content = DocumentContent.Empty })];
        _rendered = [.. pages.Select(d => new Document { Id = d.Id, Destination = d.Destination, Content = DocumentContent.FromBytes(d.Content.Bytes.ToArray()) })];
        _scratch = Directory.CreateTempSubdirectory("briefings-microbenchmarks-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_scratch, recursive: true);

    /// <summary>Every page through RenderPage (its template, then the layout), with the templates parsed once per build as in a real build.</summary>
    [Benchmark]
    public async Task<int> RenderPages()
    {
        var builder = new SiteBuilder(new FileSystem())
        {
            Features = [new TemplatesFeature(), new AssetsFeature(), new Given("Pages", _models, new RenderPage(new SiteContext(SampleSite.Settings, Options, new SiteUrls(SampleSite.Settings))))],
            Cache = new(remembers: false),
        };
        var report = await builder.BuildAsync(SampleSite.Root, null, Options);
        return report.Documents.Length;
    }

    /// <summary>Every rendered page written by WriteFiles into a staged output folder, swapped in at the end.</summary>
    [Benchmark]
    public async Task<int> WritePages()
    {
        var engine = new PipelineEngine(
            new EngineSettings { RootDirectory = SampleSite.Root, OutputDirectory = Path.Combine(_scratch, "output") },
            new FileSystem());
        var result = await engine.RunAsync([new Pipeline { Name = "Pages", Input = [new Yield(_rendered)], Output = [new WriteFiles()] }]);
        return result.Published ? _rendered.Length : throw new InvalidOperationException("The write failed.");
    }

    /// <summary>A pipeline that starts from given documents and runs one PostProcess module over them.</summary>
    private sealed class Given(string name, ImmutableArray<Document> documents, IModule postProcess) : ISiteFeature
    {
        public IEnumerable<Pipeline> CreatePipelines(SiteContext site) => [new() { Name = name, Input = [new Yield(documents)], PostProcess = [postProcess] }];
    }

    private sealed class Yield(ImmutableArray<Document> documents) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) => Task.FromResult(inputs.AddRange(documents));
    }
}
