using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// Renders an included partial straight into the output of the template that includes it, instead of into a
/// string of its own that is then copied there: what Scriban's <c>include</c> and
/// <see cref="Scriban.TemplateContext.RenderTemplate"/> do, step for step, except for where the text goes. Only
/// for a plain <c>{{ include "name" }}</c> statement, whose value Scriban would write at once, as it is;
/// any other use of an include's value (an assignment, a pipe, named arguments) gets the string.
/// </summary>
internal static class InPlaceInclude
{
    /// <summary>Renders the partial in place and returns true; false when this include needs its value as a string.</summary>
    public static bool TryRender(HtmlTemplateContext context, ScriptNode? caller, ScriptArray arguments)
    {
        if (caller is not ScriptFunctionCall { Parent: ScriptExpressionStatement, Arguments: [not ScriptNamedArgument] }
            || arguments.Count != 1 || !context.EnableOutput || !context.IndentOnEmptyLines)
        {
            return false;
        }

        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller);
        if (path is null)
        {
            return true; // Scriban's include renders nothing then
        }

        var template = context.GetOrCreateTemplate(path, caller);
        context.EnterRecursive(caller);
        var indent = context.CurrentIndent;
        var endedLine = context.LastTextEndedLine;
        var output = new IndentedOutput(context.Output, indent, endedLine);
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

            // As after Scriban's include wrote the partial's text: the text's last character decides, or, when the
            // partial wrote nothing, what the including template had written before it.
            context.LastTextEndedLine = output.AtLineStart;
            context.ExitRecursive(caller);
        }

        return true;
    }
}
