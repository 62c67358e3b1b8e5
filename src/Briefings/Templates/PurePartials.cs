using System.Collections.Immutable;
using Scriban;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// Finds the partials whose markup depends on one variable only, so that a partial included again with
/// the same value can reuse what it rendered the first time (a card for an item appears on the feed, its
/// tags, its section and its author's pages). The proof is read off the templates' syntax, never assumed:
/// a partial is pure in <c>v</c> when the only variable it reads from outside is <c>v</c> (besides its own
/// loop variables and the builtins <see cref="PureBuiltins"/>), it assigns nothing, and every partial it
/// includes is pure in <c>v</c> too. A name made at run time (<c>"partials/card-" + item.type</c>) counts
/// every template whose name starts with its leading text. Any construct not known here makes a partial
/// impure: it is then simply rendered every time.
/// </summary>
internal static class PurePartials
{
    /// <summary>Builtin namespaces whose functions return the same result for the same arguments (not <c>date.now</c>, <c>math.random</c>).</summary>
    public static readonly ImmutableHashSet<string> PureBuiltins = ["array", "string", "html"];

    private const string Include = "include";

    /// <summary>Maps each pure partial's name to the one variable its markup depends on.</summary>
    public static ImmutableDictionary<string, string> Find(IReadOnlyDictionary<string, Template> templates)
    {
        // A template that assigns a builtin's name would change what a pure partial calls.
        if (templates.Values.Any(t => AssignedNames(t.Page).Overlaps(PureBuiltins.Add(Include))))
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        var free = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        var pure = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var name in templates.Keys)
        {
            if (FreeVariables(name, templates, free) is { Count: 1 } variables)
            {
                pure[name] = variables.Single();
            }
        }

        return pure.ToImmutable();
    }

    /// <summary>The variables a template reads from outside, its includes' too; null when it is not provably pure.</summary>
    private static HashSet<string>? FreeVariables(string name, IReadOnlyDictionary<string, Template> templates, Dictionary<string, HashSet<string>?> known)
    {
        if (known.TryGetValue(name, out var done))
        {
            return done;
        }

        known[name] = null; // a template that includes itself is not pure
        var reader = new Reader(name, templates, known);
        var result = reader.Visit(templates[name].Page, ImmutableHashSet<string>.Empty) ? reader.Free : null;
        result?.ExceptWith(PureBuiltins);
        known[name] = result;
        return result;
    }

    private static HashSet<string> AssignedNames(ScriptNode? node)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(node);
        return names;

        void Collect(ScriptNode? current)
        {
            if (current is ScriptAssignExpression { Target: ScriptVariable target })
            {
                names.Add(target.Name);
            }

            foreach (var child in current?.Children ?? [])
            {
                Collect(child);
            }
        }
    }

    private sealed class Reader(string template, IReadOnlyDictionary<string, Template> templates, Dictionary<string, HashSet<string>?> known)
    {
        public HashSet<string> Free { get; } = new(StringComparer.Ordinal);

        /// <summary>Adds what <paramref name="node"/> reads to <see cref="Free"/>; false when it is not provably pure.</summary>
        public bool Visit(ScriptNode? node, ImmutableHashSet<string> bound)
        {
            switch (node)
            {
                case null:
                    return true;
                case ScriptVariableGlobal variable:
                    if (!bound.Contains(variable.Name))
                    {
                        Free.Add(variable.Name);
                    }

                    return true;
                case ScriptMemberExpression member:
                    return Visit(member.Target, bound); // the member's name is not a variable
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: Include } } call when !bound.Contains(Include):
                    return call.Arguments.Count == 1 && Visit(call.Arguments[0], bound) && Includes(call.Arguments[0], bound);
                case ScriptForStatement loop and not ScriptTableRowStatement:
                    return loop.Variable is ScriptVariableGlobal item
                        && Visit(loop.Iterator, bound)
                        && Visit(loop.NamedArguments, bound)
                        && Visit(loop.Body, bound.Add(item.Name).Add(ScriptVariable.ForObject.Name))
                        && Visit(loop.Else, bound);
                case ScriptPage or ScriptBlockStatement or ScriptRawStatement or ScriptEscapeStatement or ScriptExpressionStatement
                    or ScriptIfStatement or ScriptElseStatement or ScriptEndStatement or ScriptNopStatement
                    or ScriptLiteral or ScriptBinaryExpression or ScriptUnaryExpression or ScriptNestedExpression or ScriptConditionalExpression
                    or ScriptIsEmptyExpression or ScriptIndexerExpression or ScriptFunctionCall or ScriptPipeCall or ScriptArgumentBinary
                    or ScriptList or ScriptToken or ScriptKeyword:
                    return node.Children.All(child => Visit(child, bound));
                default:
                    return false; // assignments, captures, functions, `this`, `$` arguments, imports...
            }
        }

        /// <summary>Adds the free variables of every template an include's name can denote.</summary>
        private bool Includes(ScriptExpression name, ImmutableHashSet<string> bound)
        {
            var (text, exact) = LeadingText(name);
            if (text is null)
            {
                return false;
            }

            var targets = exact
                ? templates.ContainsKey(text) ? [text] : []
                : templates.Keys.Where(candidate => candidate.StartsWith(text, StringComparison.Ordinal)).ToList();
            foreach (var target in targets)
            {
                if (target == template || FreeVariables(target, templates, known) is not { } variables)
                {
                    return false;
                }

                Free.UnionWith(variables.Except(bound)); // a name bound here reads this template's loop variable
            }

            return true;
        }

        /// <summary>A literal name, or the literal that starts a concatenation; null when neither.</summary>
        private static (string? Text, bool Exact) LeadingText(ScriptExpression name) => name switch
        {
            ScriptLiteral { Value: string text } => (text, true),
            ScriptBinaryExpression { Operator: ScriptBinaryOperator.Add, Left: { } left } => (LeadingText(left).Text, false),
            _ => (null, false),
        };
    }
}
