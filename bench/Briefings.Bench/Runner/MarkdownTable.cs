namespace Briefings.Bench.Runner;

/// <summary>A GitHub-flavoured Markdown table; cells are plain text (pipes escaped). No NuGet package writes Markdown.</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Row(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"expected {headers.Length} cells, got {cells.Length}", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var lines = new List<string> { Line(headers), Line(headers.Select(_ => "---")) };
        lines.AddRange(_rows.Select(Line));
        return string.Join('\n', lines) + "\n";
    }

    private static string Line(IEnumerable<string> cells) => "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";
}
