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

    private DocumentContent(Func<string> text, Func<byte[]> bytes)
    {
        _text = new Lazy<string>(text);
        _bytes = new Lazy<byte[]>(bytes);
        _hash = new Lazy<string>(() => Convert.ToHexStringLower(SHA256.HashData(_bytes.Value)));
    }

    public static DocumentContent FromText(string text) => new(() => text, () => Utf8.GetBytes(text));

    /// <summary>Bytes read as text are decoded as strict UTF-8: invalid bytes throw <see cref="DecoderFallbackException"/>.</summary>
    public static DocumentContent FromBytes(byte[] bytes) => new(() => Utf8.GetString(bytes), () => bytes);

    public string Text => _text.Value;

    public ReadOnlySpan<byte> Bytes => _bytes.Value;

    public int Length => _bytes.Value.Length;

    /// <summary>Lower-case hex SHA-256 of the bytes: the cache and manifest key.</summary>
    public string Hash => _hash.Value;
}
