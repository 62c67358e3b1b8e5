using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Abstractions;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
using Briefings.Engine.Output;
using Briefings.Engine.Pipelines;
using Microsoft.Extensions.Logging;

namespace Briefings.Engine.Execution;

/// <summary>What a module may see and use while it runs: one per pipeline and phase.</summary>
public sealed class PipelineContext
{
    private readonly PipelineGraph _graph;
    private readonly IReadOnlyDictionary<Phase, ConcurrentDictionary<string, ImmutableArray<Document>>> _results;

    internal PipelineContext(
        Pipeline pipeline,
        Phase phase,
        PipelineGraph graph,
        IReadOnlyDictionary<Phase, ConcurrentDictionary<string, ImmutableArray<Document>>> results,
        EngineSettings settings,
        IFileSystem fileSystem,
        ILogger logger,
        DiagnosticBag diagnostics,
        StagingFiles? output,
        Caching.BuildCache cache,
        CancellationToken cancellationToken)
    {
        Cache = cache;
        Pipeline = pipeline;
        Phase = phase;
        _graph = graph;
        _results = results;
        Settings = settings;
        FileSystem = fileSystem;
        Logger = logger;
        Diagnostics = diagnostics;
        Output = output;
        CancellationToken = cancellationToken;
    }

    public Pipeline Pipeline { get; }

    public Phase Phase { get; }

    public EngineSettings Settings { get; }

    public IFileSystem FileSystem { get; }

    public ILogger Logger { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Writes files into this run's staging folder in the Output phase; null in other phases and in runs without output.</summary>
    public StagingFiles? Output { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Results kept from earlier runs; see <see cref="Caching.BuildCache"/>.</summary>
    public Caching.BuildCache Cache { get; }

    /// <summary>
    /// True while a step runs inside <see cref="Modules.WriteFiles"/>: the document it hands back is written at once
    /// and its content released, so the step may lease its bytes (<see cref="DocumentContent.FromLease"/>).
    /// </summary>
    public bool PreparesForWriting { get; private init; }

    /// <summary>
    /// Every pipeline of this run whose outputs this phase may read, in dependency order (for checks that need every
    /// output): in Output, all but those <see cref="Pipeline.ReleasedBeforeOutput"/>.
    /// </summary>
    public IEnumerable<string> PipelineNames => _graph.Ordered.Where(p => !LetGo(p)).Select(p => p.Name);

    /// <summary>This context, for the steps <see cref="Modules.WriteFiles"/> runs just before writing each document.</summary>
    internal PipelineContext ForWriting() =>
        new(Pipeline, Phase, _graph, _results, Settings, FileSystem, Logger, Diagnostics, Output, Cache, CancellationToken) { PreparesForWriting = true };

    /// <summary>
    /// Another pipeline's documents, by the visibility rules: during Process only the Process outputs of
    /// this pipeline's transitive dependencies; during PostProcess any pipeline's Process outputs;
    /// during Output any pipeline's PostProcess outputs. Anything else is a programming error.
    /// </summary>
    public ImmutableArray<Document> OutputsOf(string pipeline)
    {
        if (!_graph.Contains(pipeline))
        {
            throw new InvalidOperationException($"Pipeline '{Pipeline.Name}' asked for the outputs of '{pipeline}', which does not exist.");
        }

        if (LetGo(_graph[pipeline]))
        {
            throw new InvalidOperationException(
                $"Pipeline '{Pipeline.Name}' cannot read the outputs of '{pipeline}' during Output: they were let go when PostProcess ended ('{pipeline}' is ReleasedBeforeOutput). Read them in Process or PostProcess.");
        }

        var visiblePhase = Phase switch
        {
            Phase.Process when _graph.TransitiveDependenciesOf(Pipeline.Name).Contains(pipeline) => Phase.Process,
            Phase.Process => throw new InvalidOperationException(
                $"Pipeline '{Pipeline.Name}' cannot read the outputs of '{pipeline}' during Process: it is not a dependency. Add \"{pipeline}\" to its Dependencies."),
            Phase.PostProcess => Phase.Process,
            Phase.Output => Phase.PostProcess,
            _ => throw new InvalidOperationException($"Pipeline '{Pipeline.Name}' cannot read other pipelines' outputs during {Phase}."),
        };
        return _results[visiblePhase].TryGetValue(pipeline, out var documents) ? documents : [];
    }

    /// <summary>
    /// Runs independent per-document work, in parallel unless the run is serial. The result keeps
    /// input order whatever the thread timing. A document whose work throws is reported (naming its
    /// source) and dropped, so one bad file does not hide problems in the others.
    /// </summary>
    public ImmutableArray<Document> ForEachDocument(ImmutableArray<Document> inputs, Func<Document, Document?> work) =>
        ForEachDocument(inputs, document => work(document) is { } result ? [result] : []);

    /// <inheritdoc cref="ForEachDocument(ImmutableArray{Document}, Func{Document, Document?})"/>
    public ImmutableArray<Document> ForEachDocument(ImmutableArray<Document> inputs, Func<Document, IEnumerable<Document>> work)
    {
        var results = new IReadOnlyList<Document>?[inputs.Length];
        var options = new ParallelOptions
        {
            CancellationToken = CancellationToken,
            MaxDegreeOfParallelism = Settings.Serial ? 1 : -1,
        };
        Parallel.For(0, inputs.Length, options, i => results[i] = Guard(inputs[i], work));
        return [.. results.Where(r => r is not null).SelectMany(r => r!)];
    }

    /// <summary>Whether <paramref name="pipeline"/>'s results are gone by this phase.</summary>
    private bool LetGo(Pipeline pipeline) => Phase == Phase.Output && pipeline.ReleasedBeforeOutput;

    private IReadOnlyList<Document>? Guard(Document document, Func<Document, IEnumerable<Document>> work)
    {
        try
        {
            return work(document).ToList();
        }
        catch (BuildException e)
        {
            Diagnostics.Add(e.Diagnostic.File is null ? e.Diagnostic with { File = document.Source } : e.Diagnostic);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Diagnostics.Add(Diagnostic.Error("PIPE001", $"{Pipeline.Name} ({Phase}) failed on this document: {e.Message}", document.Source ?? document.Id));
        }

        return null;
    }
}
