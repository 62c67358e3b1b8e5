using Scriban.Runtime;

namespace Briefings.Templates;

/// <summary>
/// Where a partial rendered in place writes (<see cref="PlainInclude"/>): straight into the output of the template
/// that includes it, every line after a line break starting with the include's indent, which is what Scriban does
/// when it writes an included partial's text under an indent (with <c>IndentOnEmptyLines</c>, its default: empty
/// lines too). That rule depends on each character alone, so it gives the same text however the writes are split.
/// </summary>
internal sealed class IndentedOutput(IScriptOutput target, string? indent, bool atLineStart) : IScriptOutput
{
    /// <summary>Whether the last text written ended a line; until something is written, whether the including template's last text did.</summary>
    public bool AtLineStart => atLineStart;

    public void Write(string text, int offset, int count)
    {
        if (count <= 0)
        {
            return;
        }

        if (string.IsNullOrEmpty(indent))
        {
            target.Write(text, offset, count);
            atLineStart = text[offset + count - 1] == '\n';
            return;
        }

        var end = offset + count;
        while (offset < end)
        {
            if (atLineStart)
            {
                target.Write(indent, 0, indent.Length);
            }

            var lineBreak = text.IndexOf('\n', offset, end - offset);
            var next = lineBreak < 0 ? end : lineBreak + 1;
            target.Write(text, offset, next - offset);
            atLineStart = lineBreak >= 0;
            offset = next;
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
