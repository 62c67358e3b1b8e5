using System.Text;
using Briefings.Templates;

namespace Briefings.Tests.Templates;

/// <summary>Text encoded from a buffer's chunks is byte for byte what encoding the whole string gives.</summary>
public sealed class Utf8TextTests
{
    [Fact]
    public void A_surrogate_pair_split_between_two_chunks_is_one_character()
    {
        var text = new StringBuilder(capacity: 4).Append("ab\u00e9\uD83D").Append("\uDE00 end");
        var chunks = ChunksOf(text);

        Assert.True(chunks.Count > 1 && char.IsHighSurrogate(chunks[0].Span[^1]), "the pair must straddle two chunks");

        using var encoded = Utf8Text.Encode(text);
        var bytes = encoded.Memory.ToArray();

        Assert.Equal(Encoding.UTF8.GetBytes(text.ToString()), bytes);
        Assert.Equal("ab\u00e9\U0001F600 end", Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII")]
    [InlineData("lone \uD83D high and \uDE00 low surrogates")]
    [InlineData("ends on a lone high surrogate \uD83D")]
    public void Text_in_many_chunks_encodes_as_the_whole_string_does(string value)
    {
        var text = new StringBuilder(capacity: 1);
        foreach (var character in value)
        {
            text.Append(character);
        }

        using var encoded = Utf8Text.Encode(text);
        Assert.Equal(Encoding.UTF8.GetBytes(value), encoded.Memory.ToArray());
    }

    [Theory]
    [InlineData(1024, "\u00e9")] // two bytes a character
    [InlineData(1024, "\u65b0")] // three bytes a character
    [InlineData(1000, "a\uD83D\uDE00")] // four bytes for two characters
    public void Text_of_more_bytes_than_characters_in_one_chunk_encodes_whole(int repeats, string unit)
    {
        // One chunk is first encoded into an array of about a byte a character; text needing more must still come out whole.
        var value = string.Concat(Enumerable.Repeat(unit, repeats));
        var text = new StringBuilder(value);
        Assert.Single(ChunksOf(text));

        using var encoded = Utf8Text.Encode(text);

        Assert.Equal(Encoding.UTF8.GetBytes(value), encoded.Memory.ToArray());
    }

    private static List<ReadOnlyMemory<char>> ChunksOf(StringBuilder text)
    {
        var chunks = new List<ReadOnlyMemory<char>>();
        foreach (var chunk in text.GetChunks())
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    [Fact]
    public void A_short_text_encoded_after_a_long_one_is_exactly_its_own_bytes()
    {
        // Encoded one after another on one thread, the second is likely to get the first's array back from the pool:
        // its memory must end where its own bytes end, not where the earlier text's did.
        var longText = new StringBuilder(new string('L', 3000) + " — long");
        var shortText = new StringBuilder("short é");

        Utf8Text.Encode(longText).Dispose();
        using var encoded = Utf8Text.Encode(shortText);

        Assert.Equal(Encoding.UTF8.GetBytes("short é"), encoded.Memory.ToArray());
    }

    [Fact]
    public void Bytes_given_back_cannot_be_read()
    {
        var encoded = Utf8Text.Encode(new StringBuilder("page"));

        encoded.Dispose();
        encoded.Dispose(); // a second dispose gives nothing back twice

        Assert.Throws<ObjectDisposedException>(() => encoded.Memory);
    }
}
