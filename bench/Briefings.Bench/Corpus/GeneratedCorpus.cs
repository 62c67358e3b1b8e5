namespace Briefings.Bench.Corpus;

/// <summary>A generated site: where it is, how many briefings it holds, how many of them are published (not drafts).</summary>
public sealed record GeneratedCorpus(string Root, int Count, int Published, string? HugoRoot)
{
    public string Content => Path.Combine(Root, "content");
}
