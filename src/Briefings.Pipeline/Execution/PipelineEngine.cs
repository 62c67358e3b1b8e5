using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO.Abstractions;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
using Briefings.Engine.Output;
using Briefings.Engine.Pipelines;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Diagnostic = Briefings.Engine.Diagnostics.Diagnostic;

namespace Briefings.Engine.Execution;

/// <summary>
/// Runs a set of pipelines phase by phase. Input phases run together; each Process phase starts when
/// its dependencies' Process phases are done; PostProcess and Output each start when the previous phase
/// is done everywhere. Output runs only if nothing reported an error, into a staging folder that is
/// swapped in at the end.
/// </summary>
public sealed class PipelineEngine(EngineSettings settings, IFileSystem fileSystem, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public async Task<EngineResult> RunAsync(IEnumerable<Pipeline> pipelines, CancellationToken cancellationToken = default)
    {
        var run = new Run(this, new PipelineGraph(pipelines), cancellationToken);
        return await run.ExecuteAsync();
    }

    private sealed class Run(PipelineEngine engine, PipelineGraph graph, CancellationToken cancellationToken)
    {
        private readonly DiagnosticBag _diagnostics = new();
        private readonly ConcurrentBag<PhaseTiming> _timings = [];
        private readonly ConcurrentDictionary<string, bool> _failed = new(StringComparer.Ordinal);
        private readonly Dictionary<Phase, ConcurrentDictionary<string, ImmutableArray<Document>>> _results =
            Enum.GetValues<Phase>().ToDictionary(phase => phase, _ => new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal));

        private readonly Caching.BuildCache _cache = engine._settings.Cache ?? new Caching.BuildCache();

        private EngineSettings Settings => engine._settings;

        public async Task<EngineResult> ExecuteAsync()
        {
            _cache.BeginRun();
            await RunEverywhere(Phase.Input);
            if (_failed.IsEmpty)
            {
                await RunProcess();
            }

            if (_failed.IsEmpty)
            {
                await RunEverywhere(Phase.PostProcess);
            }

            LetGoOfResultsReleasedBeforeOutput();

            var published = false;
            MemoryReturn? memoryReturned = null;
            if (_failed.IsEmpty && !_diagnostics.HasErrors && Settings.OutputDirectory is { } output && CheckOutputFolder(output))
            {
                using var staging = StagedOutput.TryBegin(engine._fileSystem, output);
                if (staging is null)
                {
                    _diagnostics.Add(Diagnostic.Error("PIPE005", $"Another build is writing to '{output}' now: run one build at a time per output folder, or give this one its own."));
                }
                else
                {
                    // The released results are garbage now; a large heap is compacted before Output adds to it (see ReturnMemoryAbove).
                    if (Settings.ReturnMemoryAbove is { } threshold && graph.Ordered.Any(p => p.ReleasedBeforeOutput))
                    {
                        memoryReturned = MemoryReturn.IfAbove(threshold);
                    }

                    await RunEverywhere(Phase.Output, staging.Files);
                    if (_failed.IsEmpty && !_diagnostics.HasErrors)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        staging.Commit();
                        published = true;
                    }
                }
            }

            var final = graph.Ordered.Where(p => !p.ReleasedBeforeOutput).ToDictionary(
                p => p.Name,
                p => Enum.GetValues<Phase>().Reverse().Select(phase => _results[phase].GetValueOrDefault(p.Name)).FirstOrDefault(d => !d.IsDefault, []),
                StringComparer.Ordinal);
            var timings = _timings.OrderBy(t => t.Phase).ThenBy(t => t.Pipeline, StringComparer.Ordinal).ToList();
            return new EngineResult(_diagnostics.ToSortedList(), final, timings, published) { CacheCounts = _cache.EndRun(), MemoryReturned = memoryReturned };
        }

        private Task RunEverywhere(Phase phase, StagingFiles? output = null)
        {
            // A pipeline whose results were let go has no Output modules and nothing to hand them.
            var pipelines = graph.Ordered.Where(p => phase != Phase.Output || !p.ReleasedBeforeOutput);
            if (Settings.Serial)
            {
                return pipelines.Aggregate(Task.CompletedTask, async (previous, pipeline) =>
                {
                    await previous;
                    await RunPhase(pipeline, phase, output);
                });
            }

            return Task.WhenAll(pipelines.Select(pipeline => Task.Run(() => RunPhase(pipeline, phase, output), cancellationToken)));
        }

        /// <summary>
        /// Once PostProcess has ended everywhere, only Output and the run's result could read a pipeline's documents; those of
        /// a pipeline <see cref="Pipeline.ReleasedBeforeOutput"/> are read by neither, so the run holds them no longer
        /// (whatever later pipelines made of them keeps what it needs). Also when PostProcess did not run (a failed run):
        /// such results are never part of the run's result.
        /// </summary>
        private void LetGoOfResultsReleasedBeforeOutput()
        {
            foreach (var pipeline in graph.Ordered.Where(p => p.ReleasedBeforeOutput))
            {
                foreach (var phase in _results.Values)
                {
                    phase.TryRemove(pipeline.Name, out _);
                }
            }
        }

        private async Task RunProcess()
        {
            if (Settings.Serial)
            {
                foreach (var pipeline in graph.Ordered)
                {
                    await RunProcessOf(pipeline);
                }

                return;
            }

            var tasks = new Dictionary<string, Task>(StringComparer.Ordinal);
            foreach (var pipeline in graph.Ordered)
            {
                var dependencies = pipeline.Dependencies.Select(name => tasks[name]).ToArray();
                tasks[pipeline.Name] = Task.Run(
                    async () =>
                    {
                        await Task.WhenAll(dependencies);
                        await RunProcessOf(pipeline);
                    },
                    cancellationToken);
            }

            await Task.WhenAll(tasks.Values);
        }

        /// <summary>
        /// Runs a pipeline's Process phase unless a dependency failed or was skipped: it would only see
        /// missing inputs. A skipped pipeline counts as failed so that its own dependents are skipped too,
        /// the same way in serial and parallel runs.
        /// </summary>
        private Task RunProcessOf(Pipeline pipeline)
        {
            if (pipeline.Dependencies.Any(_failed.ContainsKey))
            {
                _failed[pipeline.Name] = true;
                return Task.CompletedTask;
            }

            return RunPhase(pipeline, Phase.Process);
        }

        private async Task RunPhase(Pipeline pipeline, Phase phase, StagingFiles? output = null)
        {
            var inputs = phase == Phase.Input ? [] : _results[phase - 1].GetValueOrDefault(pipeline.Name, []);
            if (phase == Phase.Process)
            {
                // Only this pipeline's Process reads its Input results (OutputsOf shows other pipelines' Process
                // results or later): once taken, they are let go, so that what was read (every source file's
                // bytes and text) is not held for the rest of the build beside what was made of it.
                _results[Phase.Input].TryRemove(pipeline.Name, out _);
            }

            var context = new PipelineContext(
                pipeline, phase, graph, _results, Settings, engine._fileSystem, engine._logger, _diagnostics, output, _cache, cancellationToken);
            var stopwatch = Stopwatch.StartNew();
            // Precise counts (every thread's allocation buffer included), and only where they mean something: a serial run.
            var allocatedBefore = Settings.Serial ? GC.GetTotalAllocatedBytes(precise: true) : 0;
            var documents = inputs;
            foreach (var module in pipeline.ModulesOf(phase))
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    documents = await module.ExecuteAsync(documents, context);
                }
                catch (BuildException e)
                {
                    Fail(pipeline, e.Diagnostic);
                    break;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Fail(pipeline, Diagnostic.Error("PIPE001", $"{pipeline.Name} ({phase}): {module.GetType().Name} failed: {e.Message}"));
                    break;
                }
            }

            _results[phase][pipeline.Name] = documents;
            var allocated = Settings.Serial ? GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore : (long?)null;
            var timing = new PhaseTiming(pipeline.Name, phase, stopwatch.Elapsed, documents.Length, allocated);
            _timings.Add(timing);
            Settings.Progress?.Report(timing);
        }

        private void Fail(Pipeline pipeline, Diagnostic diagnostic)
        {
            _failed[pipeline.Name] = true;
            _diagnostics.Add(diagnostic);
        }

        /// <summary>The output folder is replaced wholesale, so it may never be, nor contain, the root or a protected folder.</summary>
        private bool CheckOutputFolder(string output)
        {
            var path = engine._fileSystem.Path;
            var full = Normalize(output);
            foreach (var guarded in Settings.ProtectedDirectories.Prepend(Settings.RootDirectory).Select(Normalize))
            {
                if (guarded == full || guarded.StartsWith(full + path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    _diagnostics.Add(Diagnostic.Error(
                        "PIPE004",
                        $"Refusing to use '{output}' as the output folder: it is or contains '{guarded}', which a build would replace.",
                        hint: "choose a separate folder with --output"));
                    return false;
                }
            }

            if (engine._fileSystem.File.Exists(full))
            {
                _diagnostics.Add(Diagnostic.Error("PIPE004", $"The output path '{output}' is a file, not a folder."));
                return false;
            }

            return true;

            string Normalize(string directory) => path.GetFullPath(directory).TrimEnd(path.DirectorySeparatorChar);
        }
    }

    private readonly EngineSettings _settings = settings;
    private readonly IFileSystem _fileSystem = fileSystem;
}
