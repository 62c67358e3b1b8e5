using Briefings.Safety;

namespace Briefings.Tests.Safety;

public sealed class CharBufferWriterTests
{
    [Fact]
    public void Every_kind_of_write_lands_in_order_and_a_cleared_writer_holds_only_what_came_after()
    {
        var writer = new CharBufferWriter();
        writer.Write(new string('x', 10_000));
        writer.Write('<');
        writer.Write("p>".AsSpan());
        writer.Write("ab\u00e9\U0001F600cd".ToCharArray(), 2, 3);
        writer.Write((string?)null);
        Assert.Equal(new string('x', 10_000) + "<p>\u00e9\U0001F600", writer.WrittenSpan.ToString());

        writer.Clear();
        writer.Write("short");

        Assert.Equal("short", writer.WrittenSpan.ToString());
    }
}
