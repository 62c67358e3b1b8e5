using System.Text;

namespace Briefings.Bench.Corpus;

/// <summary>
/// Writes the few Markdown blocks generated bodies use. The text it is given comes from
/// <see cref="Vocabulary"/> and holds no Markdown punctuation, so nothing needs escaping.
/// (No NuGet package writes Markdown; Markdig only reads it.)
/// </summary>
public sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public MarkdownWriter Paragraph(string text) => Block(text);

    public MarkdownWriter Heading(string text) => Block("## " + text);

    public MarkdownWriter List(IEnumerable<string> items) => Block(string.Join('\n', items.Select(i => "- " + i)));

    public MarkdownWriter Quote(string text) => Block("> " + text);

    public static string Link(string text, string url) => $"[{text}]({url})";

    public override string ToString() => _text.ToString();

    private MarkdownWriter Block(string block)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(block).Append('\n');
        return this;
    }
}
