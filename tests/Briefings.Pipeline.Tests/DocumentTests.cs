namespace Briefings.Engine.Tests;

public sealed class DocumentTests
{
    private static readonly MetadataKey<string> Title = new("Title");
    private static readonly MetadataKey<int> Order = new("Order");

    [Fact]
    public void WithReturnsANewDocumentAndLeavesTheOriginalUntouched()
    {
        var original = Fake.Doc("a.md", "text");

        var titled = original.With(Title, "Hello");

        Assert.NotSame(original, titled);
        Assert.Equal("Hello", titled.Get(Title));
        Assert.False(original.Metadata.Contains(Title));
        Assert.Equal(0, original.Metadata.Count);
        Assert.Same(original.Content, titled.Content);
    }

    [Fact]
    public void WithExpressionLeavesTheOriginalUntouched()
    {
        var original = Fake.Doc("a.md", "text").With(Title, "Hello");

        var moved = original with { Destination = "a.html", Content = DocumentContent.FromText("changed") };

        Assert.Null(original.Destination);
        Assert.Equal("text", original.Content.Text);
        Assert.Equal("a.html", moved.Destination);
        Assert.Equal("Hello", moved.Get(Title));
    }

    [Fact]
    public void MetadataWithReplacesAValueWithoutChangingTheOldMetadata()
    {
        var first = Metadata.Empty.With(Order, 1);

        var second = first.With(Order, 2);

        Assert.Equal(1, first.Get(Order));
        Assert.Equal(2, second.Get(Order));
        Assert.Equal(1, second.Count);
        Assert.False(second.Without(Order).Contains(Order));
        Assert.True(second.Contains(Order));
    }

    [Fact]
    public void KeysAreTypedAndAWrongTypeIsNotFound()
    {
        var metadata = Metadata.Empty.With(Title, "42");
        var sameNameAsInt = new MetadataKey<int>("Title");

        Assert.False(metadata.TryGet(sameNameAsInt, out _));
        Assert.Equal(7, metadata.GetOrDefault(sameNameAsInt, 7));
        var error = Assert.Throws<KeyNotFoundException>(() => metadata.Get(sameNameAsInt));
        Assert.Contains("'Title'", error.Message, StringComparison.Ordinal);
        Assert.Equal("42", metadata.Get(Title));
    }

    [Fact]
    public void MissingKeyThrowsNamingTheKey()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Fake.Doc("a.md").Get(Title));

        Assert.Contains("'Title'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeysEnumerateInOrdinalOrderWhateverTheInsertionOrder()
    {
        var metadata = Metadata.Empty
            .With(new MetadataKey<int>("b"), 1)
            .With(new MetadataKey<int>("B"), 2)
            .With(new MetadataKey<int>("a"), 3)
            .With(new MetadataKey<int>("_"), 4);

        Assert.Equal(["B", "_", "a", "b"], metadata.Keys);
    }

    [Fact]
    public void WithoutRemovesOneKeyKeepsTheOthersInOrderAndLeavesTheOriginalUntouched()
    {
        var a = new MetadataKey<int>("a");
        var b = new MetadataKey<int>("b");
        var c = new MetadataKey<int>("c");
        var full = Metadata.Empty.With(c, 3).With(a, 1).With(b, 2);

        var withoutB = full.Without(b);

        Assert.Equal(["a", "c"], withoutB.Keys);
        Assert.Equal(1, withoutB.Get(a));
        Assert.Equal(3, withoutB.Get(c));
        Assert.False(withoutB.Contains(b));
        Assert.Equal(["a", "b", "c"], full.Keys);
        Assert.Equal(["a", "c"], withoutB.Without(b).Keys);
        Assert.Empty(Metadata.Empty.With(a, 1).Without(a).Keys);
    }

    [Fact]
    public void KeysWithTheSameNameAreEqual() => Assert.Equal(new MetadataKey<string>("Title"), Title);

    [Theory]
    [InlineData("content/a.md", "a.html", "id", "content/a.md")]
    [InlineData(null, "a.html", "id", "a.html")]
    [InlineData(null, null, "id", "id")]
    public void ToStringNamesTheSourceThenDestinationThenId(string? source, string? destination, string id, string expected) =>
        Assert.Equal(expected, new Document { Id = id, Source = source, Destination = destination }.ToString());
}
