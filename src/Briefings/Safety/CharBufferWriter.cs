using System.Buffers;
using System.Globalization;
using System.Text;

namespace Briefings.Safety;

/// <summary>
/// A <see cref="TextWriter"/> that collects what is written in one growable buffer, emptied and written
/// again for the next text: its array is kept, so a writer reused for many bodies stops allocating once it
/// has held the longest. <see cref="WrittenSpan"/> is valid until the next write or <see cref="Clear"/>.
/// </summary>
/// <remarks>
/// AngleSharp serialises a tree into any <see cref="TextWriter"/>. Its string form (<c>ToHtml(formatter)</c>)
/// collects into a <see cref="StringBuilder"/> grown block by block, then copies that into a string, which
/// the caller encodes once more; from this buffer the markup goes to UTF-8 (or a string) in one copy.
/// </remarks>
internal sealed class CharBufferWriter() : TextWriter(CultureInfo.InvariantCulture)
{
    private readonly ArrayBufferWriter<char> _buffer = new(4096);

    public override Encoding Encoding => Encoding.Unicode;

    public ReadOnlySpan<char> WrittenSpan => _buffer.WrittenSpan;

    /// <summary>Forgets what was written; the array is kept (not zeroed: only <see cref="WrittenSpan"/> is ever read).</summary>
    public void Clear() => _buffer.ResetWrittenCount();

    public override void Write(char value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public override void Write(string? value) => _buffer.Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer) => _buffer.Write(buffer);

    public override void Write(char[] buffer, int index, int count) => _buffer.Write(buffer.AsSpan(index, count));
}
