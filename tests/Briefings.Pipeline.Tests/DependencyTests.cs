namespace Briefings.Engine.Tests;

public sealed class DependencyTests
{
    private static readonly TimeSpan BarrierTimeout = TimeSpan.FromSeconds(5);

    /// <summary>A Process module that takes a while, then records that it finished.</summary>
    private static IModule SlowThenRecord(ConcurrentQueue<string> log) => new Step(async (inputs, context) =>
    {
        await Task.Delay(100, context.CancellationToken);
        log.Enqueue($"{context.Pipeline.Name} done");
        return inputs;
    });

    private static IModule RecordStart(ConcurrentQueue<string> log) => new Step((inputs, context) =>
    {
        log.Enqueue($"{context.Pipeline.Name} start");
        return inputs;
    });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ProcessStartsOnlyAfterEveryDependencysProcessFinished(bool serial)
    {
        var log = new ConcurrentQueue<string>();
        Pipeline[] pipelines =
        [
            // Named so that name order would put the dependents first.
            new() { Name = "a-site", Dependencies = ["z-posts", "y-authors"], Process = [RecordStart(log)] },
            new() { Name = "y-authors", Process = [SlowThenRecord(log)] },
            new() { Name = "z-posts", Dependencies = ["y-authors"], Process = [RecordStart(log), SlowThenRecord(log)] },
        ];

        var result = await Sites.RunAsync(Sites.FileSystem(), pipelines, serial);

        Assert.True(result.Succeeded);
        var entries = log.ToList();
        Assert.True(entries.IndexOf("y-authors done") < entries.IndexOf("z-posts start"), string.Join(" | ", entries));
        Assert.True(entries.IndexOf("z-posts done") < entries.IndexOf("a-site start"), string.Join(" | ", entries));
    }

    [Fact]
    public async Task IndependentPipelinesRunProcessConcurrentlyWhenNotSerial()
    {
        var arrived = 0;
        var bothArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        IModule Barrier() => new Step(async (inputs, context) =>
        {
            if (Interlocked.Increment(ref arrived) == 2)
            {
                bothArrived.SetResult();
            }

            // Times out (and so fails the run) unless the other pipeline's Process is running at the same time.
            await bothArrived.Task.WaitAsync(BarrierTimeout, context.CancellationToken);
            return inputs;
        });

        var result = await Sites.RunAsync(
            Sites.FileSystem(),
            [new Pipeline { Name = "posts", Process = [Barrier()] }, new Pipeline { Name = "pages", Process = [Barrier()] }],
            serial: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, arrived);
    }

    [Fact]
    public async Task SerialRunsOnePipelineAtATime()
    {
        var running = 0;
        var mostAtOnce = 0;
        IModule Busy() => new Step(async (inputs, context) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, now);
            await Task.Delay(30, context.CancellationToken);
            Interlocked.Decrement(ref running);
            return inputs;
        });
        Pipeline Make(string name) => new() { Name = name, Input = [Busy()], Process = [Busy()], PostProcess = [Busy()] };

        var result = await Sites.RunAsync(Sites.FileSystem(), [Make("a"), Make("b"), Make("c")], serial: true);

        Assert.True(result.Succeeded);
        Assert.Equal(1, mostAtOnce);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DependentsOfAFailedPipelineDoNotRunProcess(bool serial)
    {
        var log = new ConcurrentQueue<string>();
        var boom = Fake.Throw(() => new InvalidOperationException("boom"));
        Pipeline[] pipelines =
        [
            new() { Name = "data", Process = [boom] },
            new() { Name = "posts", Dependencies = ["data"], Process = [Fake.Record(log)] },
            new() { Name = "feed", Dependencies = ["posts"], Process = [Fake.Record(log)] },
            new() { Name = "other", Process = [Fake.Record(log)] },
        ];

        var result = await Sites.RunAsync(Sites.FileSystem(), pipelines, serial);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("PIPE001", error.Code);
        Assert.Contains("data", error.Message, StringComparison.Ordinal);
        Assert.Contains("boom", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("posts.Process", log);
        Assert.DoesNotContain("feed.Process", log);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
