using System.Text;

namespace Briefings.Templates;

/// <summary>Text in a <see cref="StringBuilder"/> as UTF-8 bytes, encoded from its chunks: no string in between.</summary>
internal static class Utf8Text
{
    /// <summary>The same bytes as <c>Encoding.UTF8.GetBytes(text.ToString())</c> (a lone surrogate becomes U+FFFD).</summary>
    public static byte[] Encode(StringBuilder text)
    {
        // One encoder over every chunk, so that a surrogate pair split between two chunks is encoded as one character.
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += encoder.GetByteCount(chunk.Span, flush: false);
        }

        length += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = new byte[length];
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return bytes;
    }
}
