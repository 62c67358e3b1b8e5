using System.Text;

namespace Briefings.Templates;

/// <summary>
/// Markup that is already safe, still in the buffer it was rendered into: a page template's output, which the
/// layout receives as <c>content</c> and writes straight from that buffer, without a page-sized string between.
/// To templates it is the same as <see cref="Html"/> (<c>content.value</c>, or any use as text, makes the string).
/// Valid only while the layout that receives it renders: the buffer is reused by the next page.
/// </summary>
public sealed class BufferedHtml
{
    internal BufferedHtml(StringBuilder buffer) => Buffer = buffer;

    internal StringBuilder Buffer { get; }

    public string Value => Buffer.ToString();

    public override string ToString() => Value;
}
