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
    private readonly IncludeFunction _include = new();

    public int RequiredParameterCount => _include.RequiredParameterCount;

    public int ParameterCount => _include.ParameterCount;

    public ScriptVarParamKind VarParamKind => _include.VarParamKind;

    public Type ReturnType => typeof(Html);

    public ScriptParameterInfo GetParameterInfo(int index) => _include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        Html Render() => new(_include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? string.Empty);
        if (context is not HtmlTemplateContext { TemplateLoader: TemplateSet templates } html)
        {
            return Render();
        }

        // Null when the partial was written in place: there is no value left to write.
        return templates.Partials.Include(html, callerContext, arguments, asValue =>
            !asValue && PlainInclude.TryRenderInPlace(html, callerContext, arguments)
                ? null
                : PlainInclude.TryRenderMarkup(html, callerContext, arguments) ?? Render());
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new Html((await _include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? string.Empty);
}
