using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Diagnostics;
using Briefings.Pages;
using Briefings.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Briefings.Tests.Templates;

/// <summary>
/// Templates read a view's members through <see cref="BoundMemberAccessor"/> exactly as through Scriban's own
/// reflection accessor: same names (snake_case), same values (nulls, value types, inherited members), same errors
/// (an unknown member under strict variables, a write to a read-only member). Each template is rendered by Scriban
/// alone and by our template set, and the texts (or the error messages) compared.
/// </summary>
public sealed class BoundMemberAccessorTests
{
    public static TheoryData<string, string> Reads => new()
    {
        { "a string, renamed to snake_case", "{{ view.display_name }}" },
        { "a null string", "[{{ view.missing_text }}]{{ if view.missing_text == null }}null{{ end }}" },
        { "an int and arithmetic on it", "{{ view.word_count }} {{ view.word_count + 1 }}" },
        { "a bool in a condition", "{{ if view.is_lead }}lead{{ else }}not{{ end }}" },
        { "a nullable int with a value and without", "{{ view.rank }}/{{ view.no_rank }}/{{ view.no_rank == null }}" },
        { "a struct value", "{{ view.published.year }}-{{ view.published.month }}" },
        { "an immutable array looped over", "{{ for t in view.tags }}{{ t }};{{ end }}{{ view.tags.size }}" },
        { "a nested view and its members", "{{ view.child.display_name }} {{ view.child.child == null }}" },
        { "a member of the base type", "{{ view.base_note }}" },
        { "a member hidden from templates", "{{ view.hidden }}" },
        { "an unknown member", "{{ view.no_such_member }}" },
        { "an unknown member of a null member", "{{ view.child.child.display_name }}" },
        { "a write to an init-only member", "{{ view.display_name = 'x' }}{{ view.display_name }}" },
        { "a type with a public field (Scriban's accessor)", "{{ fielded.count }} {{ fielded.label }}" },
        { "the members as an object", "{{ view.child | object.keys | array.join ',' }}" },
        { "has_key", "{{ view | object.has_key 'word_count' }} {{ view | object.has_key 'WordCount' }}" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public void A_template_reads_a_view_as_Scribans_reflection_accessor_does(string situation, string text)
    {
        var expected = ScribanAlone(text);
        var templates = TemplateSet.Parse([("page", "page.html", text)], diagnostic => Assert.Fail(diagnostic.Message));

        string actual;
        try
        {
            actual = templates.Render("page", Globals());
        }
        catch (BuildException e)
        {
            actual = $"error: {e.Diagnostic.Message}";
        }

        Assert.False(string.IsNullOrEmpty(situation));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void An_unknown_member_reads_as_nothing_and_a_member_of_null_is_an_error_at_its_line()
    {
        // Scriban's member access is relaxed (an unknown member is null); only variables are strict.
        var templates = TemplateSet.Parse(
            [("unknown", "unknown.html", "[{{ view.titel }}]"), ("of-null", "of-null.html", "line one\n{{ view.child.child.display_name }}")],
            diagnostic => Assert.Fail(diagnostic.Message));

        Assert.Equal("[]", templates.Render("unknown", Globals()));
        var error = Assert.Throws<BuildException>(() => templates.Render("of-null", Globals())).Diagnostic;
        Assert.Contains("null object", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Every_view_type_templates_read_is_bound_not_read_by_reflection()
    {
        Type[] views = [typeof(ItemView), typeof(LinkView), typeof(ImageView), typeof(VideoView), typeof(PageView), typeof(SiteView), typeof(PagerView)];

        foreach (var view in views)
        {
            var reflective = new TypedObjectAccessor(view, null, StandardMemberRenamer.Default);

            var accessor = BoundMemberAccessor.For(view, reflective, StandardMemberRenamer.Default);

            Assert.IsType<BoundMemberAccessor>(accessor);
            Assert.Equal(
                reflective.GetMembers(null!, default, null!).Order(StringComparer.Ordinal),
                accessor.GetMembers(null!, default, null!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_type_with_a_public_field_keeps_Scribans_accessor()
    {
        var reflective = new TypedObjectAccessor(typeof(Fielded), null, StandardMemberRenamer.Default);

        Assert.Same(reflective, BoundMemberAccessor.For(typeof(Fielded), reflective, StandardMemberRenamer.Default));
    }

    [Fact]
    public void The_getter_Native_AOT_binds_reads_every_property_as_the_delegate_getter_and_reflection_do()
    {
        // Under Native AOT (no dynamic code) getters are invoked instead of bound as typed delegates; the JIT tests
        // run the delegate path, so both are checked here against PropertyInfo.GetValue, property by property.
        var view = Assert.IsType<Sample>(Globals()["view"]);
        var properties = typeof(Sample).GetProperties().Concat(typeof(SampleBase).GetProperties()).DistinctBy(property => property.Name).ToList();

        foreach (var property in properties)
        {
            var expected = property.GetValue(view);
            var declaring = property.DeclaringType!;

            Assert.Equal(expected, new BoundMemberAccessor.InvokedGetter(property.GetMethod!).Read(view));
            Assert.Equal(expected, BoundMemberAccessor.Getter.BindDelegate(declaring, property).Read(view));
        }

        Assert.Equal(["BaseNote", "Child", "DisplayName", "Hidden", "IsLead", "MissingText", "NoRank", "Published", "Rank", "Tags", "WordCount"], properties.Select(property => property.Name).Order(StringComparer.Ordinal));
    }

    /// <summary>The template as Scriban renders it with its own accessors and nothing of ours.</summary>
    private static string ScribanAlone(string text)
    {
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(Globals());
        try
        {
            return Template.Parse(text, "page.html").Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            return $"error: {e.OriginalMessage}";
        }
    }

    private static ScriptObject Globals() => new()
    {
        ["view"] = new Sample
        {
            DisplayName = "Lead story",
            WordCount = 42,
            IsLead = true,
            Rank = 3,
            Published = new DateTimeOffset(2024, 4, 26, 9, 30, 0, TimeSpan.Zero),
            Tags = ["energy", "policy"],
            BaseNote = "from the base",
            Hidden = "secret",
            Child = new Sample { DisplayName = "Child", WordCount = 1, BaseNote = "child base" },
        },
        ["fielded"] = new Fielded { Count = 7 },
    };

    public abstract record SampleBase
    {
        public string? BaseNote { get; init; }
    }

    public sealed record Sample : SampleBase
    {
        public required string DisplayName { get; init; }

        public string? MissingText { get; init; }

        public required int WordCount { get; init; }

        public bool IsLead { get; init; }

        public int? Rank { get; init; }

        public int? NoRank { get; init; }

        public DateTimeOffset Published { get; init; }

        public ImmutableArray<string> Tags { get; init; } = [];

        public Sample? Child { get; init; }

        [ScriptMemberIgnore]
        public string? Hidden { get; init; }
    }

    public sealed class Fielded
    {
        public int Count;

        public string Label => $"{Count} items";
    }
}
