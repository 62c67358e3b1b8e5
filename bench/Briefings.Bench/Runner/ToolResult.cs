namespace Briefings.Bench.Runner;

/// <summary>Every run of one tool on one corpus; the report uses the medians.</summary>
public sealed record ToolResult(string Tool, IReadOnlyList<Measurement> Runs, int? HtmlPages, int? Files, string? Skipped)
{
    public TimeSpan MedianWall => TimeSpan.FromTicks(Median(Runs.Select(r => r.Wall.Ticks)));

    public TimeSpan MedianCpu => TimeSpan.FromTicks(Median(Runs.Select(r => r.Cpu.Ticks)));

    public long MedianPeakMemory => Median(Runs.Select(r => r.PeakMemoryBytes));

    private static long Median(IEnumerable<long> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>The results for one corpus size.</summary>
public sealed record CorpusResult(int Count, int Published, IReadOnlyList<ToolResult> Tools)
{
    public ToolResult? Of(string tool) => Tools.FirstOrDefault(t => t.Tool == tool);
}
