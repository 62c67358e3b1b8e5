using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// Scriban's <c>include</c> for a plain <c>{{ include "name" }}</c> (the name alone, no further or named arguments),
/// done here so that no text is copied needlessly: what <see cref="Scriban.TemplateContext.RenderTemplate"/> does,
/// step for step, except for where the partial's text goes. A statement that writes the include's value at once
/// gets the partial rendered in place, straight into its own output; any other use of the value (kept markup, an
/// assignment, a pipe) gets a string rendered into a buffer kept with the context, not one grown afresh.
/// </summary>
internal static class PlainInclude
{
    /// <summary>Renders the partial into the including template's output and returns true; false when this include's value is used otherwise.</summary>
    public static bool TryRenderInPlace(HtmlTemplateContext context, ScriptNode? caller, ScriptArray arguments)
    {
        if (!IsPlain(context, caller, arguments) || caller!.Parent is not ScriptExpressionStatement || !context.IndentOnEmptyLines)
        {
            return false;
        }

        var output = context.RentIndentedOutput(context.Output, context.CurrentIndent, context.LastTextEndedLine);
        Render(context, caller, arguments, output);

        // As after Scriban's include wrote the partial's text: the text's last character decides, or, when the
        // partial wrote nothing, what the including template had written before it.
        context.LastTextEndedLine = output.AtLineStart;
        context.ReturnIndentedOutput(output);
        return true;
    }

    /// <summary>The partial's markup; null when the include is not plain (Scriban's include renders it then).</summary>
    public static Html? TryRenderMarkup(HtmlTemplateContext context, ScriptNode? caller, ScriptArray arguments)
    {
        if (!IsPlain(context, caller, arguments))
        {
            return null;
        }

        var buffer = context.RentBuffer();
        var endedLine = context.LastTextEndedLine;
        Render(context, caller!, arguments, new StringBuilderOutput(buffer));
        context.LastTextEndedLine = endedLine; // Scriban's include leaves it as it found it
        var markup = new Html(buffer.ToString());
        context.ReturnBuffer(buffer);
        return markup;
    }

    private static bool IsPlain(HtmlTemplateContext context, ScriptNode? caller, ScriptArray arguments) =>
        caller is ScriptFunctionCall { Arguments: [not ScriptNamedArgument] } && arguments.Count == 1 && context.EnableOutput;

    private static void Render(HtmlTemplateContext context, ScriptNode caller, ScriptArray arguments, IScriptOutput output)
    {
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller);
        if (path is null)
        {
            return; // Scriban's include renders nothing then
        }

        var template = context.GetOrCreateTemplate(path, caller);
        context.EnterRecursive(caller);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.PushOutput(output);
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (indent is not null)
            {
                context.ResetPreviousNewLine();
            }

            template.RenderInto(context);
        }
        finally
        {
            context.PopLocal();
            context.PopOutput();
            context.CurrentIndent = indent;
            context.ExitRecursive(caller);
        }
    }
}
