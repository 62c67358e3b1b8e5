using System.Buffers;
using System.Text;

namespace Briefings.Templates;

/// <summary>Text in a <see cref="StringBuilder"/> as UTF-8 bytes, encoded from its chunks: no string in between.</summary>
internal static class Utf8Text
{
    /// <summary>The same bytes as <c>Encoding.UTF8.GetBytes(text.ToString())</c> (a lone surrogate becomes U+FFFD).</summary>
    public static byte[] Encode(StringBuilder text)
    {
        var chunks = 0;
        var last = ReadOnlyMemory<char>.Empty;
        foreach (var chunk in text.GetChunks())
        {
            (chunks, last) = (chunks + 1, chunk);
        }

        // The usual case: a buffer reused from page to page has grown into one chunk, whose size can be counted exactly.
        if (chunks <= 1)
        {
            // Every byte is written by the encoding: the array need not be zeroed first (a page is tens of kilobytes).
            var bytes = GC.AllocateUninitializedArray<byte>(Encoding.UTF8.GetByteCount(last.Span));
            Encoding.UTF8.GetBytes(last.Span, bytes);
            return bytes;
        }

        // Several chunks go through one encoder, which carries a surrogate pair split between two chunks over as one
        // character (counting chunk by chunk would not: an encoder's count keeps no state).
        var encoder = Encoding.UTF8.GetEncoder();
        var scratch = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var written = 0;
            foreach (var chunk in text.GetChunks())
            {
                written += encoder.GetBytes(chunk.Span, scratch.AsSpan(written), flush: false);
            }

            written += encoder.GetBytes([], scratch.AsSpan(written), flush: true);
            return scratch.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }
}
