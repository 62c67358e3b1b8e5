using System.Collections.Frozen;

namespace Briefings.Content;

/// <summary>
/// The 1-based line of each top-level front matter key of one briefing, for diagnostics found after reading (a slug
/// taken twice, an unknown section or author). Every briefing keeps it until the catalog is made, so it is held as two
/// arrays, keys in ordinal order, a key the site knows as the one shared string of its name: an immutable sorted
/// dictionary of a dozen keys was a dozen tree nodes and a dozen key strings a briefing, a third of the objects a
/// briefing keeps alive while the Content pipeline runs, each one walked again by every full collection.
/// </summary>
public sealed class KeyLines
{
    public static readonly KeyLines None = new([], []);

    private readonly string[] _keys;
    private readonly int[] _lines;

    private KeyLines(string[] keys, int[] lines)
    {
        _keys = keys;
        _lines = lines;
    }

    /// <summary>The keys, in ordinal order.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>Each key's line, in the order of <see cref="Keys"/>.</summary>
    public IReadOnlyList<int> Lines => _lines;

    /// <summary>The line of <paramref name="key"/>, or null when the front matter has no such key.</summary>
    public int? Find(string key) => Array.BinarySearch(_keys, key, StringComparer.Ordinal) is >= 0 and var at ? _lines[at] : null;

    /// <summary>
    /// The lines of <paramref name="keys"/> (<paramref name="lines"/>, in the same order, as written): the first one's where
    /// a key repeats. A key equal to one of <paramref name="shared"/> is kept as that set's string, not the one read from the file.
    /// </summary>
    /// <remarks>Sorted by insertion (a front matter has a dozen keys), into arrays: no list of tuples, whose generic code
    /// over a value type would be compiled at every start.</remarks>
    public static KeyLines Of(IReadOnlyList<string> keys, IReadOnlyList<int> lines, FrozenSet<string> shared)
    {
        var sortedKeys = new string[keys.Count];
        var sortedLines = new int[keys.Count];
        var count = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            var at = Array.BinarySearch(sortedKeys, 0, count, keys[i], StringComparer.Ordinal);
            if (at >= 0)
            {
                continue;
            }

            at = ~at;
            Array.Copy(sortedKeys, at, sortedKeys, at + 1, count - at);
            Array.Copy(sortedLines, at, sortedLines, at + 1, count - at);
            sortedKeys[at] = shared.TryGetValue(keys[i], out var one) ? one : keys[i];
            sortedLines[at] = lines[i];
            count++;
        }

        return count == 0 ? None : new KeyLines(sortedKeys[..count], sortedLines[..count]);
    }
}
