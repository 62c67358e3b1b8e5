using System.Collections.Concurrent;

namespace Briefings.Related;

/// <summary>
/// The terms of every item, numbered while items are read in parallel. The numbers handed out depend
/// on thread timing, so once reading is done <see cref="Ranks"/> renumbers every term by its ordinal
/// place among all terms: the final numbers are the same on every run and machine.
/// </summary>
internal sealed class Vocabulary
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private int _next = -1;

    /// <summary>The number of distinct terms.</summary>
    public int Count => _ids.Count;

    /// <summary>A counter for one thread (keep it per thread, not per task): it remembers the numbers it has seen, so most look-ups take no lock and allocate nothing.</summary>
    public Counter NewCounter() => new(this);

    /// <summary>For each provisional number, the term's rank in ordinal order (unused numbers map to -1).</summary>
    public int[] Ranks()
    {
        var ranks = new int[_next + 1];
        Array.Fill(ranks, -1);
        // The terms sorted alone, then each one's number looked up: sorting (term, number) pairs would be compiled at every start.
        var terms = _ids.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        for (var rank = 0; rank < terms.Length; rank++)
        {
            ranks[_ids[terms[rank]]] = rank;
        }

        return ranks;
    }

    /// <summary>Counts the terms of one item at a time, by provisional number.</summary>
    public sealed class Counter
    {
        private readonly Vocabulary _vocabulary;
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly List<int> _order = [];
        private int[] _counts = new int[1024];

        internal Counter(Vocabulary vocabulary)
        {
            _vocabulary = vocabulary;
            _lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public void Add(ReadOnlySpan<char> term, int repeat)
        {
            var id = IdOf(term);
            if (id >= _counts.Length)
            {
                Array.Resize(ref _counts, Math.Max(id + 1, _counts.Length * 2));
            }

            if (_counts[id] == 0)
            {
                _order.Add(id);
            }

            _counts[id] += repeat;
        }

        /// <summary>The counts since the last call, in the order terms were first seen; starts the next item.</summary>
        public (int Term, float Count)[] Take()
        {
            var counts = new (int Term, float Count)[_order.Count];
            for (var k = 0; k < counts.Length; k++)
            {
                var id = _order[k];
                counts[k] = (id, _counts[id]);
                _counts[id] = 0;
            }

            _order.Clear();
            return counts;
        }

        private int IdOf(ReadOnlySpan<char> term)
        {
            if (!_lookup.TryGetValue(term, out var id))
            {
                var text = term.ToString();
                id = _vocabulary._ids.GetOrAdd(text, _ => Interlocked.Increment(ref _vocabulary._next));
                _seen.Add(text, id);
            }

            return id;
        }
    }
}
