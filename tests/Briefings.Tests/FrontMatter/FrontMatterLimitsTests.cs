using Briefings.Engine.Diagnostics;
using Briefings.FrontMatter;
using Briefings.Markdown;
using Briefings.Site;

namespace Briefings.Tests.FrontMatter;

/// <summary>
/// The limits are counted while YamlDotNet loads the front matter (one scan); a limit broken anywhere in
/// it is reported, with its line, even where loading stops earlier on a mistake of its own.
/// </summary>
public sealed class FrontMatterLimitsTests
{
    private static Diagnostic Refusal(string yaml)
    {
        var e = Assert.Throws<BuildException>(() => FrontMatterSplitter.Split($"---\n{yaml}---\nBody.\n", "x.md", BriefingMarkdown.Parse));
        return e.Diagnostic;
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth));

    [Fact]
    public void Nesting_past_the_limit_is_refused_at_its_line()
    {
        var diagnostic = Refusal($"title: T\ndeep: {Nested(FrontMatterLimits.MaxDepth + 1)}\n");

        Assert.Equal(DiagnosticCodes.FrontMatterTooComplex, diagnostic.Code);
        Assert.Equal(3, diagnostic.Line);
    }

    [Fact]
    public void A_duplicate_key_before_a_broken_limit_still_reports_the_limit()
    {
        var diagnostic = Refusal($"title: A\ntitle: B\ndeep: {Nested(FrontMatterLimits.MaxDepth + 1)}\n");

        Assert.Equal(DiagnosticCodes.FrontMatterTooComplex, diagnostic.Code);
        Assert.Equal(4, diagnostic.Line);
    }

    [Fact]
    public void A_duplicate_key_alone_is_reported_as_one()
    {
        var diagnostic = Refusal("title: A\ntitle: B\ndeep: [[1]]\n");

        Assert.Equal(DiagnosticCodes.DuplicateKey, diagnostic.Code);
    }

    [Fact]
    public void Aliases_expanding_past_the_node_limit_are_refused()
    {
        var lines = new List<string> { "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]" };
        for (var i = 0; i < 4; i++)
        {
            var previous = i == 0 ? "a" : $"l{i - 1}";
            lines.Add($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*{previous}", 10))}]");
        }

        var diagnostic = Refusal(string.Join("\n", lines) + "\n");

        Assert.Equal(DiagnosticCodes.FrontMatterTooComplex, diagnostic.Code);
        Assert.Contains("expands to more than", diagnostic.Message, StringComparison.Ordinal);
    }
}
