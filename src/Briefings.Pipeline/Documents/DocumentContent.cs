using System.Security.Cryptography;
using System.Text;

namespace Briefings.Engine.Documents;

/// <summary>
/// A document's body: text or bytes. Conversions and the hash are computed once, on first use,
/// because most documents are only ever read one way.
/// </summary>
public sealed class DocumentContent
{
    public static readonly DocumentContent Empty = FromBytes([]);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Lazy<string> _text;
    private readonly Lazy<byte[]> _bytes;
    private readonly Lazy<string> _hash;
    private readonly int? _length;

    private DocumentContent(Func<string> text, Func<byte[]> bytes)
    {
        _text = new Lazy<string>(text);
        _bytes = new Lazy<byte[]>(bytes);
        _hash = new Lazy<string>(() => Convert.ToHexStringLower(SHA256.HashData(_bytes.Value)));
    }

    private DocumentContent(string hash, int length)
        : this(() => throw ReleasedError(), () => throw ReleasedError())
    {
        _hash = new Lazy<string>(hash);
        _length = length;
        IsReleased = true;
    }

    public static DocumentContent FromText(string text) => new(() => text, () => Utf8.GetBytes(text));

    /// <summary>Bytes read as text are decoded as strict UTF-8: invalid bytes throw <see cref="DecoderFallbackException"/>.</summary>
    public static DocumentContent FromBytes(byte[] bytes) => new(() => Utf8.GetString(bytes), () => bytes);

    public string Text => _text.Value;

    public ReadOnlySpan<byte> Bytes => _bytes.Value;

    public int Length => _length ?? _bytes.Value.Length;

    /// <summary>Lower-case hex SHA-256 of the bytes: the cache and manifest key.</summary>
    public string Hash => _hash.Value;

    /// <summary>True for what <see cref="Release"/> left: the length and hash remain; reading the text or bytes throws.</summary>
    public bool IsReleased { get; }

    /// <summary>
    /// This content without its bytes, only its length and hash: what a written file's document keeps, so
    /// that a build does not hold every page it has written until it ends.
    /// </summary>
    public DocumentContent Release() => IsReleased ? this : new DocumentContent(Hash, Length);

    private static InvalidOperationException ReleasedError() =>
        new("This content was released once written: only its length and hash remain.");
}
