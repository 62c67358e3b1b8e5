namespace Briefings.Engine.Tests;

public sealed class PhaseOrderTests
{
    private static Pipeline Recorded(string name, ConcurrentQueue<string> log, params string[] dependencies) => new()
    {
        Name = name,
        Dependencies = dependencies,
        Input = [Fake.Record(log)],
        Process = [Fake.Record(log)],
        PostProcess = [Fake.Record(log)],
        Output = [Fake.Record(log)],
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EachPhaseRunsEverywhereBeforeTheNextPhaseStarts(bool serial)
    {
        var log = new ConcurrentQueue<string>();
        var result = await Sites.RunAsync(
            Sites.FileSystem(),
            [Recorded("posts", log), Recorded("index", log, "posts")],
            serial);

        Assert.True(result.Succeeded);
        var entries = log.ToList();
        Assert.Equal(8, entries.Count);
        int Last(Phase phase) => entries.FindLastIndex(e => e.EndsWith($".{phase}", StringComparison.Ordinal));
        int First(Phase phase) => entries.FindIndex(e => e.EndsWith($".{phase}", StringComparison.Ordinal));
        Assert.True(Last(Phase.Input) < First(Phase.Process), string.Join(" ", entries));
        Assert.True(Last(Phase.Process) < First(Phase.PostProcess), string.Join(" ", entries));
        Assert.True(Last(Phase.PostProcess) < First(Phase.Output), string.Join(" ", entries));
        Assert.True(entries.IndexOf("posts.Process") < entries.IndexOf("index.Process"));
    }

    [Fact]
    public async Task EachPhaseStartsFromThePreviousPhasesOutput()
    {
        var seen = new ConcurrentDictionary<Phase, string>();
        IModule See(Phase phase) => Fake.Capture(documents => seen[phase] = Sites.Texts(documents));
        var pipeline = new Pipeline
        {
            Name = "pages",
            Input = [See(Phase.Input), Fake.Emit(Fake.Doc("a.md", "in"), Fake.Doc("b.md", "in"))],
            Process = [See(Phase.Process), Fake.Append("+process")],
            PostProcess = [See(Phase.PostProcess), Fake.Append("+post")],
            Output = [See(Phase.Output), Fake.Append("+output")],
        };

        var result = await Sites.RunAsync(Sites.FileSystem(), pipeline);

        Assert.True(result.Succeeded);
        Assert.Equal("", seen[Phase.Input]);
        Assert.Equal("in,in", seen[Phase.Process]);
        Assert.Equal("in+process,in+process", seen[Phase.PostProcess]);
        Assert.Equal("in+process+post,in+process+post", seen[Phase.Output]);
        Assert.Equal("in+process+post+output,in+process+post+output", Sites.Texts(result.OutputsOf("pages")));
    }

    [Fact]
    public async Task ModulesWithinAPhaseRunInDeclarationOrder()
    {
        var log = new ConcurrentQueue<string>();
        var pipeline = new Pipeline
        {
            Name = "p",
            Process = [Fake.Record(log, "first"), Fake.Record(log, "second"), Fake.Record(log, "third")],
        };

        await Sites.RunAsync(Sites.FileSystem(), pipeline);

        Assert.Equal(["p.Process.first", "p.Process.second", "p.Process.third"], log);
    }

    [Fact]
    public async Task OutputPhaseDoesNotRunWithoutAnOutputFolder()
    {
        var log = new ConcurrentQueue<string>();

        var result = await Sites.RunAsync(Sites.FileSystem(), [Recorded("p", log)], output: null);

        Assert.True(result.Succeeded);
        Assert.False(result.Published);
        Assert.Equal(["p.Input", "p.Process", "p.PostProcess"], log);
    }
}
