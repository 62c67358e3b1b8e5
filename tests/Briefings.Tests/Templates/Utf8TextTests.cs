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
        var chunks = new List<ReadOnlyMemory<char>>();
        foreach (var chunk in text.GetChunks())
        {
            chunks.Add(chunk);
        }

        Assert.True(chunks.Count > 1 && char.IsHighSurrogate(chunks[0].Span[^1]), "the pair must straddle two chunks");

        var bytes = Utf8Text.Encode(text);

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

        Assert.Equal(Encoding.UTF8.GetBytes(value), Utf8Text.Encode(text));
    }
}
