using System.Collections.Concurrent;

namespace Briefings.Catalog;

/// <summary>
/// Each picture's size, read once however many items show it and however many threads ask:
/// <see cref="Lazy{T}"/> makes a second thread wait for the first read instead of repeating it.
/// </summary>
public sealed class PictureSizes(Func<string, (int Width, int Height)?> read)
{
    private readonly ConcurrentDictionary<string, Lazy<(int Width, int Height)?>> _sizes = new(StringComparer.Ordinal);

    public (int Width, int Height)? Of(string src) =>
        _sizes.GetOrAdd(src, key => new Lazy<(int Width, int Height)?>(() => read(key), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
