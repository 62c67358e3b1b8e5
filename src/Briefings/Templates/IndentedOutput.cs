using Scriban.Runtime;

namespace Briefings.Templates;

/// <summary>
/// Where a partial rendered in place writes (<see cref="PlainInclude"/>): straight into the output of the template
/// that includes it, every line after a line break starting with the include's indent, which is what Scriban does
/// when it writes an included partial's text under an indent (with <c>IndentOnEmptyLines</c>, its default: empty
/// lines too). That rule depends on each character alone, so it gives the same text however the writes are split.
/// </summary>
/// <remarks>Kept by its context for the next include once the partial is written (<see cref="Start"/> sets it up again).</remarks>
internal sealed class IndentedOutput : IScriptOutput
{
    private IScriptOutput? _target;
    private string? _indent;
    private bool _atLineStart;

    /// <summary>Whether the last text written ended a line; until something is written, whether the including template's last text did.</summary>
    public bool AtLineStart => _atLineStart;

    /// <summary>Writes into <paramref name="output"/> from now on, under <paramref name="lineIndent"/>.</summary>
    public IndentedOutput Start(IScriptOutput output, string? lineIndent, bool startsLine)
    {
        (_target, _indent, _atLineStart) = (output, lineIndent, startsLine);
        return this;
    }

    /// <summary>Lets go of the output written into.</summary>
    public void Stop() => _target = null;

    public void Write(string text, int offset, int count)
    {
        if (count <= 0)
        {
            return;
        }

        if (string.IsNullOrEmpty(_indent))
        {
            _target!.Write(text, offset, count);
            _atLineStart = text[offset + count - 1] == '\n';
            return;
        }

        var end = offset + count;
        while (offset < end)
        {
            if (_atLineStart)
            {
                _target!.Write(_indent, 0, _indent.Length);
            }

            var lineBreak = text.IndexOf('\n', offset, end - offset);
            var next = lineBreak < 0 ? end : lineBreak + 1;
            _target!.Write(text, offset, next - offset);
            _atLineStart = lineBreak >= 0;
            offset = next;
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
