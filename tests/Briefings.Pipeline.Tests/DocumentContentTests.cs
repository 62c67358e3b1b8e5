using System.Text;

namespace Briefings.Engine.Tests;

public sealed class DocumentContentTests
{
    // SHA-256 of the ASCII bytes "hello".
    private const string HelloHash = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    [Fact]
    public void HashIsTheLowerCaseSha256OfTheBytes()
    {
        Assert.Equal(HelloHash, DocumentContent.FromText("hello").Hash);
        Assert.Equal(HelloHash, DocumentContent.FromBytes("hello"u8.ToArray()).Hash);
    }

    [Fact]
    public void HashIsStableAndChangesWithContent()
    {
        var content = DocumentContent.FromText("héllo");

        Assert.Equal(content.Hash, content.Hash);
        Assert.Equal(content.Hash, DocumentContent.FromText("héllo").Hash);
        Assert.NotEqual(content.Hash, DocumentContent.FromText("hello").Hash);
        Assert.NotEqual(content.Hash, DocumentContent.FromText("héllo ").Hash);
    }

    [Fact]
    public void TextIsEncodedAsUtf8WithoutAByteOrderMark()
    {
        var content = DocumentContent.FromText("é");

        Assert.Equal([0xC3, 0xA9], content.Bytes.ToArray());
        Assert.Equal(2, content.Length);
    }

    [Fact]
    public void Utf8BytesDecodeToText() =>
        Assert.Equal("héllo", DocumentContent.FromBytes([0x68, 0xC3, 0xA9, 0x6C, 0x6C, 0x6F]).Text);

    [Fact]
    public void InvalidUtf8ThrowsOnTextButBytesAndHashStillWork()
    {
        byte[] bytes = [0x41, 0xFF, 0xFE, 0x42];
        var content = DocumentContent.FromBytes(bytes);

        Assert.Throws<DecoderFallbackException>(() => content.Text);
        Assert.Throws<DecoderFallbackException>(() => content.Text);
        Assert.Equal(bytes, content.Bytes.ToArray());
        Assert.Equal(64, content.Hash.Length);
    }

    [Fact]
    public void LoneSurrogateInTextThrowsWhenEncoded() =>
        Assert.Throws<EncoderFallbackException>(() => DocumentContent.FromText("a\uD800b").Length);

    [Fact]
    public void EmptyHasNoBytesAndEmptyText()
    {
        Assert.Equal(0, DocumentContent.Empty.Length);
        Assert.Equal("", DocumentContent.Empty.Text);
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DocumentContent.Empty.Hash);
    }
}
