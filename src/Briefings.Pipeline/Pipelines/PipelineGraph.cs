using System.Collections.Immutable;

namespace Briefings.Engine.Pipelines;

/// <summary>
/// The dependency graph of a set of pipelines: validated on construction, with a deterministic
/// topological order (ties broken by name) and each pipeline's transitive dependencies.
/// </summary>
public sealed class PipelineGraph
{
    private readonly Dictionary<string, Pipeline> _byName;
    private readonly Dictionary<string, ImmutableHashSet<string>> _transitive = new(StringComparer.Ordinal);

    public PipelineGraph(IEnumerable<Pipeline> pipelines)
    {
        _byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (string.IsNullOrWhiteSpace(pipeline.Name))
            {
                throw new PipelineGraphException("A pipeline has no name.");
            }

            if (!_byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new PipelineGraphException($"Two pipelines are named '{pipeline.Name}'.");
            }

            if (pipeline.ReleasedBeforeOutput && pipeline.Output.Count > 0)
            {
                throw new PipelineGraphException($"Pipeline '{pipeline.Name}' lets its results go before Output (ReleasedBeforeOutput), so it can have no Output modules.");
            }
        }

        foreach (var pipeline in _byName.Values)
        {
            foreach (var dependency in pipeline.Dependencies)
            {
                if (!_byName.ContainsKey(dependency))
                {
                    throw new PipelineGraphException($"Pipeline '{pipeline.Name}' depends on '{dependency}', which does not exist.");
                }
            }
        }

        Ordered = Sort();
        foreach (var pipeline in Ordered)
        {
            var all = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var dependency in pipeline.Dependencies)
            {
                all.Add(dependency);
                all.UnionWith(_transitive[dependency]);
            }

            _transitive[pipeline.Name] = all.ToImmutable();
        }
    }

    /// <summary>Every pipeline after all of its dependencies; independent pipelines in name order.</summary>
    public ImmutableArray<Pipeline> Ordered { get; }

    public Pipeline this[string name] => _byName[name];

    public bool Contains(string name) => _byName.ContainsKey(name);

    public ImmutableHashSet<string> TransitiveDependenciesOf(string name) => _transitive[name];

    private ImmutableArray<Pipeline> Sort()
    {
        var result = ImmutableArray.CreateBuilder<Pipeline>(_byName.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path, true: done
        var path = new List<string>();

        foreach (var name in _byName.Keys.Order(StringComparer.Ordinal))
        {
            Visit(name);
        }

        return result.ToImmutable();

        void Visit(string name)
        {
            if (state.TryGetValue(name, out var done))
            {
                if (!done)
                {
                    var cycle = path.Skip(path.IndexOf(name)).Append(name);
                    throw new PipelineGraphException($"Pipeline dependencies form a cycle: {string.Join(" -> ", cycle)}.");
                }

                return;
            }

            state[name] = false;
            path.Add(name);
            foreach (var dependency in _byName[name].Dependencies.Order(StringComparer.Ordinal))
            {
                Visit(dependency);
            }

            path.RemoveAt(path.Count - 1);
            state[name] = true;
            result.Add(_byName[name]);
        }
    }
}
