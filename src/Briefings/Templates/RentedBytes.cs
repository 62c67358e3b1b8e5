using System.Buffers;

namespace Briefings.Templates;

/// <summary>
/// Bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>: <see cref="Memory"/> is exactly the bytes written,
/// never the rest of the array (which may still hold an earlier page's bytes). Disposing gives the array back, once;
/// reading the memory afterwards throws.
/// </summary>
internal sealed class RentedBytes : IMemoryOwner<byte>
{
    private readonly int _length;
    private byte[]? _array;

    /// <param name="array">Rented from <see cref="ArrayPool{T}.Shared"/>; this object now owns it.</param>
    /// <param name="length">How many of its first bytes are this value.</param>
    public RentedBytes(byte[] array, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, array.Length);
        _array = array;
        _length = length;
    }

    public Memory<byte> Memory => (Volatile.Read(ref _array) ?? throw new ObjectDisposedException(nameof(RentedBytes))).AsMemory(0, _length);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _array, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
