namespace Briefings.Engine.Tests;

public sealed class DiagnosticTests
{
    [Fact]
    public void FullLocationUsesPathLineColumnForm() =>
        Assert.Equal(
            "content/posts/a.md:12:5: error MD002: unclosed code fence",
            Diagnostic.Error("MD002", "unclosed code fence", "content/posts/a.md", 12, 5).ToString());

    [Fact]
    public void LineWithoutColumn() =>
        Assert.Equal("a.md:3: error X001: bad", Diagnostic.Error("X001", "bad", "a.md", 3).ToString());

    [Fact]
    public void ColumnWithoutLineIsLeftOut() =>
        Assert.Equal("a.md: error X001: bad", Diagnostic.Error("X001", "bad", "a.md", column: 9).ToString());

    [Fact]
    public void NoFileIsReportedAgainstTheTool() =>
        Assert.Equal("briefings: error PIPE004: refused", Diagnostic.Error("PIPE004", "refused").ToString());

    [Fact]
    public void WarningsSayWarning() =>
        Assert.Equal("a.md:1:1: warning W001: odd", Diagnostic.Warning("W001", "odd", "a.md", 1, 1).ToString());

    [Fact]
    public void HintIsAppendedInParentheses() =>
        Assert.Equal(
            "briefings: error PIPE004: refused (choose a separate folder)",
            Diagnostic.Error("PIPE004", "refused", hint: "choose a separate folder").ToString());

    [Fact]
    public void BuildExceptionMessageIsTheDiagnostic()
    {
        var diagnostic = Diagnostic.Error("X001", "bad", "a.md", 2, 4);

        var exception = new BuildException(diagnostic);

        Assert.Equal("a.md:2:4: error X001: bad", exception.Message);
        Assert.Same(diagnostic, exception.Diagnostic);
    }

    [Fact]
    public void BagSortsByFileLineColumnAndDropsDuplicates()
    {
        var bag = new DiagnosticBag();
        bag.Add(Diagnostic.Warning("W1", "w", "b.md", 1));
        bag.Add(Diagnostic.Error("E2", "e", "a.md", 10));
        bag.Add(Diagnostic.Error("E1", "e", "a.md", 2, 7));
        bag.Add(Diagnostic.Error("E1", "e", "a.md", 2, 7));
        bag.Add(Diagnostic.Error("E0", "e"));

        Assert.Equal(
            ["briefings: error E0: e", "a.md:2:7: error E1: e", "a.md:10: error E2: e", "b.md:1: warning W1: w"],
            bag.ToSortedList().Select(d => d.ToString()));
        Assert.True(bag.HasErrors);
    }

    [Fact]
    public void WarningsAloneAreNotErrors()
    {
        var bag = new DiagnosticBag();
        bag.Add(Diagnostic.Warning("W1", "w"));

        Assert.False(bag.HasErrors);
    }

    [Fact]
    public async Task WarningsDoNotStopPublishing()
    {
        var pipeline = new Pipeline
        {
            Name = "pages",
            Process = [new Step((inputs, context) =>
            {
                context.Diagnostics.Add(Diagnostic.Warning("W001", "just saying", "a.md"));
                return inputs;
            })],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), pipeline);

        Assert.True(result.Succeeded);
        Assert.True(result.Published);
        Assert.Equal(1, result.WarningCount);
        Assert.Equal(0, result.ErrorCount);
    }
}
