using System.Buffers;
using System.Text;

namespace Briefings.Templates;

/// <summary>Text in a <see cref="StringBuilder"/> as UTF-8 bytes, encoded from its chunks: no string in between.</summary>
internal static class Utf8Text
{
    /// <summary>
    /// The same bytes as <c>Encoding.UTF8.GetBytes(text.ToString())</c> (a lone surrogate becomes U+FFFD), in an array
    /// rented from the shared pool: the caller owns them and disposes them to give the array back.
    /// </summary>
    public static RentedBytes Encode(StringBuilder text)
    {
        var chunks = 0;
        var last = ReadOnlyMemory<char>.Empty;
        foreach (var chunk in text.GetChunks())
        {
            (chunks, last) = (chunks + 1, chunk);
        }

        // The usual case: a buffer reused from page to page has grown into one chunk. It is encoded in one pass into an array
        // of at least a byte a character (the pool's array is often larger), which holds a page of mostly ASCII text; only
        // when that is too small are the bytes counted exactly and encoded again. Renting for the worst case, three bytes a
        // character, would take arrays from a larger bucket of the pool (a page is tens of kilobytes).
        if (chunks <= 1)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(last.Length);
            if (Encoding.UTF8.TryGetBytes(last.Span, bytes, out var length))
            {
                return new RentedBytes(bytes, length);
            }

            ArrayPool<byte>.Shared.Return(bytes);
            bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(last.Span));
            return new RentedBytes(bytes, Encoding.UTF8.GetBytes(last.Span, bytes));
        }

        // Several chunks go through one encoder, which carries a surrogate pair split between two chunks over as one
        // character (counting chunk by chunk would not: an encoder's count keeps no state).
        var encoder = Encoding.UTF8.GetEncoder();
        var scratch = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, scratch.AsSpan(written), flush: false);
        }

        written += encoder.GetBytes([], scratch.AsSpan(written), flush: true);
        return new RentedBytes(scratch, written);
    }
}
