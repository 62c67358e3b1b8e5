using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Briefings.Engine.Documents;

/// <summary>
/// A document's body: text or bytes. Conversions and the hash are computed once, on first use,
/// because most documents are only ever read one way.
/// </summary>
/// <remarks>
/// <para>
/// Bytes may be leased (<see cref="FromLease"/>): borrowed from a pool, to be given back once written. The rule
/// is one owner, one hand-over, one return: the document carrying leased content owns the lease; only
/// <see cref="Modules.WriteFiles"/> ends it, by writing the bytes and then calling <see cref="Release"/>, which
/// keeps the length and hash and returns the lease. From then on this content throws on every read of its bytes
/// or text, like released content, so a reference kept by mistake fails loudly instead of reading whatever file
/// the pool lends the buffer to next.
/// </para>
/// <para>
/// So leased content may be made only by a step that <see cref="Modules.WriteFiles"/> runs just before writing
/// (<see cref="Execution.PipelineContext.PreparesForWriting"/>), and must never be kept anywhere that outlives
/// the write (a cache, the results of a run that writes nothing): those hold plain arrays
/// (<see cref="FromBytes"/>). A lease that is never released (its document failed before it was written) is
/// never returned, so its buffer is simply collected and never lent again.
/// </para>
/// <para>
/// Plain content is let go the same way: once released, this content no longer holds its bytes nor the text decoded
/// from them, and throws on their reads. Whatever still refers to it cannot keep them alive: a pipeline's Process
/// holds all its input documents until it ends, so a source file's bytes and text (every briefing's, 1.3 GB at
/// 100,000) would otherwise live until the last file is done, although each was released once read.
/// </para>
/// </remarks>
public sealed class DocumentContent
{
    public static readonly DocumentContent Empty = FromBytes([]);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Released content keeps only its hash and length, in plain fields: every written file's document keeps one to the end.
    // Not readonly: releasing turns this content into that, in place, so whatever still refers to it holds nothing more.
    private Lazy<string>? _text;
    private Lazy<byte[]>? _bytes;
    private Lazy<string>? _hash;
    private string? _releasedHash;
    private int? _length;
    private IMemoryOwner<byte>? _lease;

    private DocumentContent(Func<string> text, Func<byte[]> bytes)
    {
        _text = new Lazy<string>(text);
        _bytes = new Lazy<byte[]>(bytes);
        _hash = new Lazy<string>(() => HashOf(_bytes.Value));
    }

    private DocumentContent(IMemoryOwner<byte> lease)
    {
        _lease = lease;
        _text = new Lazy<string>(() => Utf8.GetString(LeasedBytes));
        _hash = new Lazy<string>(() => HashOf(LeasedBytes));
    }

    public static DocumentContent FromText(string text) => new(() => text, () => Utf8.GetBytes(text));

    /// <summary>Bytes read as text are decoded as strict UTF-8: invalid bytes throw <see cref="DecoderFallbackException"/>.</summary>
    public static DocumentContent FromBytes(byte[] bytes) => new(() => Utf8.GetString(bytes), () => bytes);

    /// <summary>
    /// Borrowed bytes (<paramref name="lease"/>'s <see cref="IMemoryOwner{T}.Memory"/>, all of it), owned by the document
    /// that carries this content until <see cref="Modules.WriteFiles"/> writes them and releases it; see the remarks.
    /// </summary>
    public static DocumentContent FromLease(IMemoryOwner<byte> lease) => new(lease);

    public string Text
    {
        get
        {
            ThrowIfLeaseReturned();
            return _text!.Value;
        }
    }

    public ReadOnlySpan<byte> Bytes => IsReleased ? throw ReleasedError() : _bytes is not null ? _bytes.Value : LeasedBytes;

    public int Length => _length ?? Bytes.Length;

    /// <summary>
    /// Lower-case hex SHA-256 of the bytes: the cache and manifest key. Content released without its hash
    /// (<see cref="Release"/> with <c>keepHash: false</c>, before anything asked for it) throws.
    /// </summary>
    public string Hash => Volatile.Read(ref _hash)?.Value ?? _releasedHash ?? throw new InvalidOperationException(
        "This content was released without its hash: the run was not asked to keep hashes (EngineSettings.KeepsHashes).");

    /// <summary>True for what <see cref="Release"/> left: the length (and the hash, if kept) remain; reading the text or bytes throws.</summary>
    public bool IsReleased => Volatile.Read(ref _hash) is null; // every content has a hash until it is released

    /// <summary>Whether the bytes are borrowed (<see cref="FromLease"/>) and not yet given back.</summary>
    public bool IsLeased => _lease is not null;

    /// <summary>
    /// This content, reduced in place to its length and hash: what a written file's document keeps, so that a
    /// build does not hold every page it has written until it ends. Leased bytes are given back here, once, and
    /// plain bytes and text let go (see the remarks); this content can then no longer be read (its length and hash
    /// still can), and releasing it again changes nothing.
    /// With <paramref name="keepHash"/> false a hash not yet computed is not computed (SHA-256 of every page and
    /// source is ~2% of a build's CPU, and a one-off build without a manifest reads none); one already computed is kept.
    /// Called by the content's one owner, not by several threads at once.
    /// </summary>
    public DocumentContent Release(bool keepHash = true)
    {
        if (!IsReleased)
        {
            (_releasedHash, _length) = (keepHash || _hash!.IsValueCreated ? _hash!.Value : null, Length);
            (_text, _bytes) = (null, null);
            Volatile.Write(ref _hash, null);
            Interlocked.Exchange(ref _lease, null)?.Dispose();
        }

        return this;
    }

    private ReadOnlySpan<byte> LeasedBytes => (Volatile.Read(ref _lease) ?? throw ReleasedError()).Memory.Span;

    private void ThrowIfLeaseReturned()
    {
        // Released content has no text; leased content is told by having no byte array of its own.
        if (IsReleased || (_bytes is null && Volatile.Read(ref _lease) is null))
        {
            throw ReleasedError();
        }
    }

    private static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static InvalidOperationException ReleasedError() =>
        new("This content was released once written: only its length and hash remain.");
}
