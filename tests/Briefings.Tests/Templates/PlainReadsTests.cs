using Briefings.Tests.Support;
using Scriban.Runtime;

namespace Briefings.Tests.Templates;

/// <summary>
/// Reads of variables and members, which our context evaluates without Scriban's general path when they are plain,
/// give what Scriban gives in every case a read can meet: the value, a function called, a null on the way, a missing
/// member, an undefined variable, a getter that throws. Each template is rendered by Scriban alone and by our template
/// set, and the texts, or the errors' messages and places, compared.
/// </summary>
public sealed class PlainReadsTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "a member, a missing member, a condition", "{{ page.title }}|{{ page.missing }}|{{ if page.flag }}yes{{ else }}no{{ end }}|{{ page.count }}" },
        { "a chain of members", "{{ page.author.name }} {{ page.author.name.size }}" },
        { "a null on the way", "[{{ page.nobody }}]" },
        { "a member of a null", "[{{ page.nobody.name }}]" },
        { "a member of a null, asked with ?.", "[{{ page.nobody?.name }}]" },
        { "a function in a script object", "{{ tools.shout }}|{{ tools.word }}" },
        { "a function of the template", "{{ func greet; ret \"hi\"; end }}{{ greet }}|{{ greet.size }}" },
        { "a builtin function's member", "{{ string.upcase }}" },
        { "functions called by name", "{{ func greet(x); ret x + \"!\"; end }}{{ greet page.title }}|{{ string.upcase page.title }}|{{ page.title | string.downcase }}|{{ tools.shout() }}" },
        { "a loop variable", "{{ for tag in page.tags }}{{ tag }}{{ for.index }}{{ tag.size }},{{ end }}" },
        { "an undefined variable", "a {{ nothing }} b" },
        { "a member of an undefined variable", "a\n  {{ nothing.at_all }} b" },
        { "a variable assigned", "{{ x = page.title }}{{ x }}{{ x.size }}" },
        { "a number and a boolean", "{{ page.count }} {{ page.flag }} {{ page.count + 1 }}" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_read_gives_what_Scriban_gives(string situation, string template)
    {
        var (expected, actual) = ScribanAlone.BothOutcomes(template, Globals);

        Assert.False(string.IsNullOrEmpty(situation));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_getter_that_throws_is_reported_where_Scriban_reports_it()
    {
        const string template = "a\n  {{ page.broken }} b";
        var (expected, actual) = ScribanAlone.BothOutcomes(template, Globals);

        // Scriban reads the property by reflection, whose exception wraps the getter's; ours calls the getter, whose message is the getter's own.
        Assert.Equal("error Unexpected exception while accessing target expression: Exception has been thrown by the target of an invocation. at 2:6", expected);
        Assert.Equal("error Unexpected exception while accessing target expression: broken getter at 2:6", actual);
    }

    private static ScriptObject Globals()
    {
        var tools = new ScriptObject { ["word"] = "plain" };
        tools.Import("shout", new Func<string>(() => "LOUD"));
        return new()
        {
            ["page"] = new Page("Title", new Person("Ann"), ["a", "b"]),
            ["tools"] = tools,
        };
    }

    public sealed record Person(string Name);

    public sealed record Page(string Title, Person Author, string[] Tags)
    {
        public bool Flag => true;

        public int Count => 3;

        public Person? Nobody => null;

        public string Broken => throw new InvalidOperationException("broken getter");
    }
}
