using System.Buffers;
using System.Text;

namespace Briefings.Templates;

/// <summary>
/// Markup that is already safe: the rendered Markdown body or a rendered page. It is the only thing a
/// template writes without escaping, so trusting HTML is always a visible, deliberate choice in code.
/// </summary>
/// <remarks>
/// Markup held for long is kept as UTF-8 (<see cref="FromUtf8"/>): every briefing's body lives from the Content
/// pipeline until its page is written, and as UTF-8 a mostly ASCII body takes half the memory of a string
/// (~0.4 GB less at 100,000 briefings). Pages are written as UTF-8 anyway. Two values are equal when their
/// markup is, whichever way each is held. A pure partial's kept markup may be held as Scriban writes it under the indent
/// its include stands at (<see cref="Indented"/>): written there again, on page after page, it is copied as it is.
/// </remarks>
public sealed class Html : IEquatable<Html>
{
    private readonly string? _text;
    private readonly byte[]? _utf8;

    /// <summary>When set, <see cref="_text"/> is the markup with this indent at the start of each of its lines (<see cref="LineIndent"/>).</summary>
    private readonly string? _indent;

    public Html(string value) => _text = value;

    private Html(byte[] utf8) => _utf8 = utf8;

    private Html(string indented, string indent) => (_text, _indent) = (indented, indent);

    /// <summary>Markup held as the UTF-8 bytes of <paramref name="markup"/> (a string or a buffer's characters, encoded where they lie).</summary>
    public static Html FromUtf8(ReadOnlySpan<char> markup)
    {
        var utf8 = new byte[Encoding.UTF8.GetByteCount(markup)];
        Encoding.UTF8.GetBytes(markup, utf8);
        return new(utf8);
    }

    /// <summary>
    /// The same markup, held as Scriban writes it under <paramref name="indent"/> (which <see cref="LineIndent.Fits"/>)
    /// after other text on its first line. Its <see cref="Value"/> is still the markup itself.
    /// </summary>
    internal static Html Indented(Html markup, string indent) => new(LineIndent.Add(markup.Value, indent), indent);

    public string Value => _indent is not null ? LineIndent.Remove(_text!, _indent) : _text ?? Encoding.UTF8.GetString(_utf8!);

    /// <summary>The markup as written under <paramref name="indent"/> after other text on its first line, when it is held so; else null.</summary>
    internal string? IndentedBy(string? indent) => _indent is not null && string.Equals(_indent, indent, StringComparison.Ordinal) ? _text : null;

    /// <summary>Whether the markup ends a line (its last character is '\n').</summary>
    public bool EndsLine => _text is not null ? _text.EndsWith('\n') : _utf8!.Length > 0 && _utf8[^1] == (byte)'\n';

    /// <summary>Appends the markup to <paramref name="builder"/> without making a string of it.</summary>
    public void AppendTo(StringBuilder builder)
    {
        if (_indent is not null)
        {
            builder.Append(Value);
            return;
        }

        if (_text is not null)
        {
            builder.Append(_text);
            return;
        }

        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(_utf8!.Length));
        try
        {
            builder.Append(chars, 0, Encoding.UTF8.GetChars(_utf8, chars));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public bool Equals(Html? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (_utf8 is not null && other._utf8 is not null ? _utf8.AsSpan().SequenceEqual(other._utf8) : string.Equals(Value, other.Value, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as Html);

    /// <summary>The markup's length in characters: equal markup has equal length however it is held (Html is no dictionary key).</summary>
    public override int GetHashCode() => _indent is not null ? Value.Length : _text?.Length ?? Encoding.UTF8.GetCharCount(_utf8!);

    public override string ToString() => Value;
}
