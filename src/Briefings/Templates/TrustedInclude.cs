using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// Scriban's <c>include</c>, returning <see cref="Html"/>: a partial's output was already escaped as it
/// was rendered, so escaping it again where it is written would show its markup as text. A pure partial
/// included again with the same value reuses its markup (<see cref="RenderedPartials"/>); a plain include is
/// rendered without needless copies of its text (<see cref="PlainInclude"/>).
/// </summary>
internal sealed class TrustedInclude : IScriptCustomFunction
{
    private static readonly IncludeFunction ScribanInclude = new();

    public int RequiredParameterCount => ScribanInclude.RequiredParameterCount;

    public int ParameterCount => ScribanInclude.ParameterCount;

    public ScriptVarParamKind VarParamKind => ScribanInclude.VarParamKind;

    public Type ReturnType => typeof(Html);

    public ScriptParameterInfo GetParameterInfo(int index) => ScribanInclude.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context is not HtmlTemplateContext { TemplateLoader: TemplateSet templates } html)
        {
            return Render(new Call(context, callerContext, arguments, blockStatement));
        }

        // Null when the partial was written in place: there is no value left to write.
        return templates.Partials.Include(html, callerContext, arguments, new Call(html, callerContext, arguments, blockStatement), static (call, asValue) =>
        {
            var context = (HtmlTemplateContext)call.Context;
            return !asValue && PlainInclude.TryRenderInPlace(context, call.Caller, call.Arguments)
                ? null
                : PlainInclude.TryRenderMarkup(context, call.Caller, call.Arguments) ?? Render(call);
        });
    }

    /// <remarks>
    /// Briefings renders synchronously, so this is never called; it includes synchronously too rather than through
    /// Scriban's asynchronous include, whose awaiting uses <c>dynamic</c> (which Native AOT cannot compile) and would
    /// otherwise be kept in the CLI's AOT publish, which roots this assembly.
    /// </remarks>
    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>Renders the partial with Scriban's own include, as a string.</summary>
    private static Html Render(Call call) =>
        new(ScribanInclude.Invoke(call.Context, call.Caller, call.Arguments, call.Block)?.ToString() ?? string.Empty);

    /// <summary>One evaluation of <c>include</c>, as Scriban hands it over.</summary>
    private readonly record struct Call(TemplateContext Context, ScriptNode? Caller, ScriptArray Arguments, ScriptBlockStatement? Block);
}
