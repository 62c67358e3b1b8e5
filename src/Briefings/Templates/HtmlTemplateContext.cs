using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="Html"/> and <see cref="BufferedHtml"/>.
/// Scriban itself escapes nothing; doing it here means no template can forget.
/// Variables are strict, so a misspelt name is an error instead of an empty string.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <param name="templates">The parsed templates, cached in the context so includes never load or parse.</param>
    /// <param name="builtins">Scriban's builtin functions from <see cref="CreateBuiltins"/>, shared by every render of a build.</param>
    public HtmlTemplateContext(TemplateSet templates, ScriptObject builtins)
        : base(builtins)
    {
        StrictVariables = true;
        LoopLimit = 0;

        // Scriban cuts a string it writes at 1 MiB by default, so a long body full of escaped characters
        // (each & becomes &amp;) would end a page mid-way without a word. Inputs are bounded before
        // rendering (a briefing is at most 512 KB), so the output is left whole.
        LimitToString = 0;
        TemplateLoader = templates;
        foreach (var (path, template) in templates.Parsed)
        {
            CachedTemplates[path] = template;
        }
    }

    /// <summary>Whether a pure partial is being rendered for reuse (<see cref="RenderedPartials"/>): partials inside it keep no copy.</summary>
    internal bool RenderingReusablePartial { get; set; }

    /// <summary>What a page template renders into, kept from page to page (<see cref="TemplateContextPool"/>).</summary>
    internal StringBuilder PageBuffer { get; } = new();

    /// <summary>What the layout renders into, kept from page to page.</summary>
    internal StringBuilder LayoutBuffer { get; } = new();

    /// <summary>Buffers for partials' markup (<see cref="PlainInclude"/>), one per level of includes being rendered, kept from page to page.</summary>
    private readonly Stack<StringBuilder> _spareBuffers = new();

    /// <summary>
    /// Whether the last text written ended a line: the next text written under an indent then starts with it.
    /// Scriban keeps this state private; its own include saves it before rendering a partial and restores it
    /// after, so a partial rendered here (<see cref="PlainInclude"/>) must read and restore it too.
    /// </summary>
    internal bool LastTextEndedLine
    {
        get => PreviousTextWasNewLine(this);
        set => PreviousTextWasNewLine(this) = value;
    }

    /// <summary>Outputs for partials rendered in place (<see cref="PlainInclude"/>) and markup written under an indent, one per level being written, kept from page to page.</summary>
    private readonly Stack<IndentedOutput> _spareIndentedOutputs = new();

    internal StringBuilder RentBuffer() => _spareBuffers.TryPop(out var buffer) ? buffer : new StringBuilder();

    internal IndentedOutput RentIndentedOutput(IScriptOutput target, string? indent, bool atLineStart) =>
        (_spareIndentedOutputs.TryPop(out var output) ? output : new IndentedOutput()).Start(target, indent, atLineStart);

    internal void ReturnIndentedOutput(IndentedOutput output)
    {
        output.Stop();
        _spareIndentedOutputs.Push(output);
    }

    internal void ReturnBuffer(StringBuilder buffer)
    {
        buffer.Clear();
        _spareBuffers.Push(buffer);
    }

    /// <summary>
    /// Scriban's builtin functions with <c>include</c> replaced by <see cref="TrustedInclude"/>. Making them
    /// costs far more than rendering a small page, so a template set makes them once and every context
    /// shares them: templates only read builtins (assignments go to the page's own globals), and the object
    /// is read-only so that a template cannot change them for other pages.
    /// </summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        builtins.SetValue("include", new TrustedInclude(), readOnly: true);
        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>Evaluates a plain read of a variable or its members directly (<see cref="PlainReads"/>), anything else as Scriban does.</summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction) =>
        scriptNode is not null && RenderRuntimeException is null && PlainReads.TryEvaluate(this, scriptNode, aliasReturnedFunction, out var value)
            ? value
            : base.Evaluate(scriptNode, aliasReturnedFunction);

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case Html html:
                WriteHtml(html);
                return this;
            case BufferedHtml buffered:
                WriteBuffered(buffered);
                return this;
            case string text:
                // What ObjectToString makes of a string, with no string limit (LimitToString is 0): the string itself.
                Write(WebUtility.HtmlEncode(text));
                return this;
            default:
                Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
                return this;
        }
    }

    /// <summary>
    /// The output's buffer when markup may be appended to it as it is. Without an indent, writing text only appends it
    /// and notes whether it ended a line; under an indent (a layout that indents <c>{{ content }}</c>) markup goes
    /// through Scriban's writer as a string, which indents its lines.
    /// </summary>
    private StringBuilder? UnindentedBuffer => string.IsNullOrEmpty(CurrentIndent) && Output is StringBuilderOutput target ? target.Builder : null;

    /// <summary>Appends trusted markup straight into the output: a body held as UTF-8 is decoded into it, not made a string first.</summary>
    private void WriteHtml(Html html)
    {
        if (UnindentedBuffer is not { } output)
        {
            WriteIndented(html);
            return;
        }

        var length = output.Length;
        html.AppendTo(output);
        if (output.Length > length)
        {
            LastTextEndedLine = html.EndsLine;
        }
    }

    /// <summary>
    /// Writes markup under the current indent as Scriban's <see cref="TemplateContext.Write(string)"/> does (with
    /// <see cref="TemplateContext.IndentOnEmptyLines"/>, every line after a line break starts with the indent, empty
    /// ones too). Kept markup written under the indent it is held for (<see cref="Html.Indented"/>: a related card, the
    /// rail's list, on page after page) is copied as it is, after the indent when the text before it ended a line; other
    /// markup goes through the <see cref="IndentedOutput"/> an in-place include writes through (Scriban's writer makes
    /// four calls per line).
    /// </summary>
    private void WriteIndented(Html html)
    {
        var indent = CurrentIndent;
        if (!IndentOnEmptyLines || OutputLimit is not null)
        {
            Write(html.Value);
            return;
        }

        if (html.IndentedBy(indent) is { Length: > 0 } kept)
        {
            if (LastTextEndedLine)
            {
                Output.Write(indent!, 0, indent!.Length);
            }

            Output.Write(kept, 0, kept.Length);
            LastTextEndedLine = kept[^1] == '\n';
            return;
        }

        var markup = html.Value;
        var output = RentIndentedOutput(Output, indent, LastTextEndedLine);
        output.Write(markup, 0, markup.Length);
        LastTextEndedLine = output.AtLineStart;
        ReturnIndentedOutput(output);
    }

    /// <summary>Copies buffered markup into the output from its buffer.</summary>
    private void WriteBuffered(BufferedHtml buffered)
    {
        var markup = buffered.Buffer;
        if (UnindentedBuffer is not { } output)
        {
            Write(buffered.Value);
            return;
        }

        if (markup.Length > 0)
        {
            output.Append(markup);
            LastTextEndedLine = markup[^1] == '\n';
        }
    }

    /// <summary>
    /// Scriban's accessor for a type, except that a class's properties are read through bound getters
    /// (<see cref="BoundMemberAccessor"/>) instead of reflection. Called once per type per context. The bound getters
    /// look names up ordinally, as Scriban does for a context made without a key comparer (this one).
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var accessor = base.GetMemberAccessorImpl(target);
        return accessor is TypedObjectAccessor reflective && MemberFilter is null
            ? BoundMemberAccessor.For(target.GetType(), reflective, MemberRenamer)
            : accessor;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);
}
