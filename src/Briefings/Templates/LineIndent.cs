namespace Briefings.Templates;

/// <summary>
/// Scriban's rule for text written under an indent (with <c>IndentOnEmptyLines</c>, its default): every line after a
/// line break starts with the indent, empty ones too, except after a final line break (the next text written decides);
/// the first line starts with it only when the text before it ended a line. Here the text is indented as if written
/// after other text on its first line, and the rule is undone exactly: the indent is found again where it was put,
/// since it holds no line break of its own.
/// </summary>
internal static class LineIndent
{
    /// <summary>Whether <paramref name="indent"/> can be put and taken away by these rules: some text, no line break.</summary>
    public static bool Fits(string? indent) => !string.IsNullOrEmpty(indent) && !indent.Contains('\n');

    /// <summary>The text as Scriban writes it under <paramref name="indent"/> after other text on the same line.</summary>
    public static string Add(string text, string indent) =>
        string.Create(text.Length + (InnerLineStarts(text) * indent.Length), (text, indent), static (output, state) =>
        {
            var (text, indent) = state;
            var written = 0;
            for (var start = 0; start < text.Length;)
            {
                if (start > 0)
                {
                    indent.CopyTo(output[written..]);
                    written += indent.Length;
                }

                var end = LineEnd(text, start);
                text.AsSpan(start, end - start).CopyTo(output[written..]);
                written += end - start;
                start = end;
            }
        });

    /// <summary>The text that <see cref="Add"/> indented into <paramref name="indented"/>.</summary>
    public static string Remove(string indented, string indent) =>
        string.Create(indented.Length - (InnerLineStarts(indented) * indent.Length), (indented, indent.Length), static (output, state) =>
        {
            var (indented, indentLength) = state;
            var written = 0;
            for (var start = 0; start < indented.Length;)
            {
                var from = start > 0 ? start + indentLength : start;
                var end = LineEnd(indented, from);
                indented.AsSpan(from, end - from).CopyTo(output[written..]);
                written += end - from;
                start = end;
            }
        });

    /// <summary>How many lines start after a line break of the text (the line breaks, but a final one).</summary>
    private static int InnerLineStarts(string text)
    {
        var breaks = text.AsSpan().Count('\n');
        return breaks > 0 && text[^1] == '\n' ? breaks - 1 : breaks;
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: after its line break, or at the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var lineBreak = text.IndexOf('\n', start);
        return lineBreak < 0 ? text.Length : lineBreak + 1;
    }
}
