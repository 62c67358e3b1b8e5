namespace Briefings.Cli.Console;

/// <summary>Writes a plain-text table: the first column left-aligned, the others right-aligned, two spaces between, each line after <paramref name="indent"/>.</summary>
public static class TextColumns
{
    public static void Write(TextWriter output, string[] headers, IReadOnlyList<string[]> rows, string indent = "")
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        Line(headers);
        foreach (var row in rows)
        {
            Line(row);
        }

        void Line(string[] cells) =>
            output.WriteLine(indent + string.Join("  ", cells.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
    }
}
