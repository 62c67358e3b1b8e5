using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// A block of statements (a template, a loop's body, a branch of an <c>if</c>) evaluated as Scriban's
/// <see cref="ScriptBlockStatement.Evaluate"/> does, inside what <see cref="TemplateContext.Evaluate(ScriptNode, bool)"/>
/// does around any node, statement after statement, with less per statement: the stack's depth is checked once per
/// block (it is the same for each of its statements), a statement is told by its exact type first, and text between
/// tags (a statement in four) is written at once instead of through a node evaluation of its own.
/// </summary>
/// <remarks>
/// Scriban keeps the state this needs private (the node being evaluated, the function-call flags, the flow state), so it
/// is read and set through <see cref="UnsafeAccessorAttribute"/>: a Scriban that renamed any of it fails at the first
/// block, in every test, not silently.
/// </remarks>
internal static class BlockEvaluation
{
    /// <summary>Evaluates <paramref name="block"/> as Scriban would (when the context renders no runtime exception as text).</summary>
    public static object? Evaluate(TemplateContext context, ScriptBlockStatement block, bool aliasReturnedFunction)
    {
        // What TemplateContext.Evaluate does around a node: note it as the current one, reset the function-call state,
        // make an unexpected exception a located one, and put everything back after.
        var calls = IsFunctionCallDisabled(context);
        var level = GetOrSetValueLevel(context);
        var node = context.CurrentNode;
        try
        {
            SetCurrentNode(context, block);
            GetOrSetValueLevel(context) = 0;
            IsFunctionCallDisabled(context) = aliasReturnedFunction;
            return EvaluateStatements(context, block);
        }
        catch (Exception e) when (e is not ScriptRuntimeException)
        {
            throw new ScriptRuntimeException(block.Span, e.Message, e);
        }
        finally
        {
            SetCurrentNode(context, node);
            GetOrSetValueLevel(context) = level;
            IsFunctionCallDisabled(context) = calls;
        }
    }

    /// <summary>What <see cref="ScriptBlockStatement.Evaluate"/> does.</summary>
    private static object? EvaluateStatements(TemplateContext context, ScriptBlockStatement block)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var autoIndent = context.AutoIndent;
        var statements = block.Statements;
        var outerIndent = context.CurrentIndent;
        var indent = outerIndent;
        object? result = null;
        try
        {
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                if (context.CancellationToken.IsCancellationRequested)
                {
                    context.CheckAbort(); // throws as Scriban does
                }

                var type = statement.GetType();
                if (autoIndent && IsEscape(statement, type))
                {
                    var escape = (ScriptEscapeStatement)statement;
                    indent = escape.IsEntering ? escape.Indent : escape.IsClosing ? outerIndent : indent;
                }

                context.CurrentIndent = indent;
                if (statement.CanSkipEvaluation)
                {
                    continue;
                }

                if (type == typeof(ScriptRawStatement) && context.EnableOutput && context.OutputLimit is null)
                {
                    // What ScriptRawStatement.Evaluate does when output is on: write the text; its value is null.
                    var text = Unsafe.As<ScriptRawStatement>(statement).Text;
                    if (text.Length > 0 && !string.IsNullOrEmpty(text.FullText))
                    {
                        context.Write(text);
                    }

                    result = null;
                }
                else
                {
                    result = context.Evaluate(statement);
                    if (!statement.CanOutput)
                    {
                        result = null;
                    }
                    else if (result is not null && FlowState(context) != ScriptFlowState.Return && context.EnableOutput)
                    {
                        context.Write(block.Span, result);
                        result = null;
                    }
                }

                if (FlowState(context) != ScriptFlowState.None)
                {
                    break;
                }
            }
        }
        finally
        {
            context.CurrentIndent = outerIndent;
        }

        return result;
    }

    /// <summary>Whether the statement is a tag's opening or closing, told at once for the two commonest statements.</summary>
    private static bool IsEscape(ScriptStatement statement, Type type) =>
        type == typeof(ScriptEscapeStatement)
        || (type != typeof(ScriptRawStatement) && type != typeof(ScriptExpressionStatement) && statement is ScriptEscapeStatement);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_isFunctionCallDisabled")]
    private static extern ref bool IsFunctionCallDisabled(TemplateContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_getOrSetValueLevel")]
    private static extern ref int GetOrSetValueLevel(TemplateContext context);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CurrentNode")]
    private static extern void SetCurrentNode(TemplateContext context, ScriptNode? node);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_FlowState")]
    private static extern ScriptFlowState FlowState(TemplateContext context);
}
