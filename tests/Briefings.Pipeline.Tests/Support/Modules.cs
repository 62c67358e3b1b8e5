namespace Briefings.Engine.Tests.Support;

/// <summary>A module from a delegate over the whole document set.</summary>
internal sealed class Step(Func<ImmutableArray<Document>, PipelineContext, Task<ImmutableArray<Document>>> run) : IModule
{
    public Step(Func<ImmutableArray<Document>, PipelineContext, ImmutableArray<Document>> run)
        : this((inputs, context) => Task.FromResult(run(inputs, context)))
    {
    }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) => run(inputs, context);
}

/// <summary>Small fake modules shared by the tests.</summary>
internal static class Fake
{
    /// <summary>Appends <paramref name="count"/> text documents with sources <c>{prefix}/{i}.md</c>.</summary>
    public static IModule Emit(string prefix, int count, string text = "body") => new Step((inputs, _) =>
        inputs.AddRange(Enumerable.Range(0, count).Select(i => Doc($"{prefix}/{i}.md", text))));

    /// <summary>Appends the given documents.</summary>
    public static IModule Emit(params Document[] documents) => new Step((inputs, _) => inputs.AddRange(documents));

    /// <summary>Passes documents through, enqueueing "pipeline.Phase" (or "pipeline.Phase.label").</summary>
    public static IModule Record(ConcurrentQueue<string> log, string? label = null) => new Step((inputs, context) =>
    {
        log.Enqueue(label is null ? $"{context.Pipeline.Name}.{context.Phase}" : $"{context.Pipeline.Name}.{context.Phase}.{label}");
        return inputs;
    });

    /// <summary>Passes documents through, keeping the set it was given.</summary>
    public static IModule Capture(Action<ImmutableArray<Document>> seen) => new Step((inputs, _) =>
    {
        seen(inputs);
        return inputs;
    });

    /// <summary>Per-document module that throws the given exception for the document with this source.</summary>
    public static IModule ThrowOn(string source, Func<Exception> exception) =>
        new Transform(document => document.Source == source ? throw exception() : document);

    /// <summary>Per-document module that appends a suffix to each document's text.</summary>
    public static IModule Append(string suffix) =>
        new Transform(document => document with { Content = DocumentContent.FromText(document.Content.Text + suffix) });

    /// <summary>A whole-set module that throws (a module failure, not a per-document one).</summary>
    public static IModule Throw(Func<Exception> exception) =>
        new Step(ImmutableArray<Document> (_, _) => throw exception());

    /// <summary>Hands another pipeline's outputs (as the visibility rules allow) to <paramref name="seen"/>; passes the inputs through.</summary>
    public static IModule Read(string pipeline, Action<ImmutableArray<Document>> seen) => new Step((inputs, context) =>
    {
        seen(context.OutputsOf(pipeline));
        return inputs;
    });

    /// <summary>Documents made here and referenced nowhere else, each watched by a weak reference added to <paramref name="watched"/>.</summary>
    public static List<Document> Watched(List<WeakReference<Document>> watched, int count)
    {
        var documents = Enumerable.Range(0, count).Select(i => Doc($"{i}.md", new string('x', 1000 + i))).ToList();
        watched.AddRange(documents.Select(d => new WeakReference<Document>(d)));
        return documents;
    }

    /// <summary>A pipeline "sources", released before Output, whose Process makes <paramref name="count"/> <see cref="Watched"/> documents.</summary>
    public static Pipeline WatchedSources(List<WeakReference<Document>> watched, int count) => new()
    {
        Name = "sources",
        ReleasedBeforeOutput = true,
        Process = [new Step((inputs, _) => inputs.AddRange(Watched(watched, count)))],
    };

    public static Document Doc(string source, string text = "body", string? destination = null) => new()
    {
        Id = source,
        Source = source,
        Destination = destination,
        Content = DocumentContent.FromText(text),
    };
}
