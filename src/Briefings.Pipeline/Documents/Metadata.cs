using System.Collections.Immutable;

namespace Briefings.Engine.Documents;

/// <summary>Immutable, ordinal-sorted metadata: enumeration order never depends on insertion order.</summary>
public sealed class Metadata
{
    public static readonly Metadata Empty = new(ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, object> _values;

    private Metadata(ImmutableSortedDictionary<string, object> values) => _values = values;

    public IEnumerable<string> Keys => _values.Keys;

    public int Count => _values.Count;

    public bool Contains<T>(MetadataKey<T> key) where T : notnull => _values.ContainsKey(key.Name);

    public T Get<T>(MetadataKey<T> key) where T : notnull =>
        TryGet(key, out var value)
            ? value
            : throw new KeyNotFoundException($"Document metadata has no '{key.Name}' of type {typeof(T).Name}; is the module that sets it missing from the pipeline?");

    public bool TryGet<T>(MetadataKey<T> key, out T value) where T : notnull
    {
        if (_values.TryGetValue(key.Name, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    public T GetOrDefault<T>(MetadataKey<T> key, T fallback) where T : notnull =>
        TryGet(key, out var value) ? value : fallback;

    public Metadata With<T>(MetadataKey<T> key, T value) where T : notnull => new(_values.SetItem(key.Name, value));

    public Metadata Without<T>(MetadataKey<T> key) where T : notnull => new(_values.Remove(key.Name));
}
