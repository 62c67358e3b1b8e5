using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// Reads of a variable or of a chain of its members (<c>{{ page.title }}</c>, <c>{{ if item.image }}</c>,
/// <c>item.author.url</c>), the commonest expressions of a page's templates, evaluated without Scriban's general path:
/// Scriban reads <c>page.title</c> through five nested frames, each saving and restoring the context's state, and asks
/// of every value read whether it is a function to call, an interface check that is slow for a string.
/// </summary>
/// <remarks>
/// Only the plain case is done here, and nothing is done that Scriban would not do: a variable is looked up exactly as
/// Scriban looks it up (an undefined one is the same error), a member is read through the same accessor. Whatever else a
/// read can meet (a function to call, a null on the way, a member the accessor lacks, an accessor that throws) is left to
/// Scriban, which then evaluates the expression from the start; reading variables and members changes nothing, so
/// reading them again gives the same result. Nodes are told by their exact type: a node of a derived type may evaluate
/// otherwise, and is left to Scriban too.
/// </remarks>
internal static class PlainReads
{
    /// <summary>Evaluates <paramref name="node"/> when it is a plain read, or a statement of one; false when Scriban must.</summary>
    /// <param name="aliasReturnedFunction">
    /// Scriban's flag for a value that is to be called by the caller (a function call's target, <c>include</c>): a
    /// function read is then handed back, not called.
    /// </param>
    public static bool TryEvaluate(TemplateContext context, ScriptNode node, bool aliasReturnedFunction, out object? value)
    {
        // A statement's value is its expression's (Scriban evaluates a node handed back as a value: no plain read gives one).
        // Told by exact type, not by a cast to ScriptExpression, which walks a statement's base types for nothing.
        var type = node.GetType();
        var expression = type == typeof(ScriptExpressionStatement) ? ((ScriptExpressionStatement)node).Expression
            : type == typeof(ScriptMemberExpression) || type == typeof(ScriptVariableGlobal) ? (ScriptExpression)node
            : null;
        if (expression is not null && TryRead(context, expression, out value) && (aliasReturnedFunction || !IsFunction(value)))
        {
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>
    /// The value of a global variable, or of a chain of members read from one; false when it is not a plain read. The
    /// value read last may be a function (the caller decides whether Scriban would call it); one read on the way may not.
    /// </summary>
    private static bool TryRead(TemplateContext context, ScriptExpression expression, out object? value)
    {
        var type = expression.GetType();
        if (type == typeof(ScriptVariableGlobal))
        {
            value = context.GetValue((ScriptVariableGlobal)expression);
            return true;
        }

        if (type == typeof(ScriptMemberExpression) && (ScriptMemberExpression)expression is { Target: { } target, Member: { } member }
            && TryRead(context, target, out var holder) && holder is not null && !IsFunction(holder))
        {
            return TryReadMember(context, holder, member, out value);
        }

        value = null;
        return false;
    }

    private static bool TryReadMember(TemplateContext context, object holder, ScriptVariable member, out object? value)
    {
        try
        {
            return context.GetMemberAccessor(holder).TryGetValue(context, member.Span, holder, member.Name, out value);
        }
        catch (Exception e) when (e is not ScriptRuntimeException)
        {
            value = null;
            return false; // Scriban reads it again, and reports the exception as it does
        }
    }

    /// <summary>Whether Scriban would call the value (<see cref="ScriptFunctionCall.IsFunction"/>); a string, the commonest value, is told at once.</summary>
    private static bool IsFunction(object? value) => value is not (null or string) && value is IScriptCustomFunction;
}
