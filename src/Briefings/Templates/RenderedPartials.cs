using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// The markup of pure partials (<see cref="PurePartials"/>) already rendered in this build, by the instance of the one
/// value a partial depends on, then by partial. Lives as long as its template set: one build.
/// </summary>
internal sealed class RenderedPartials
{
    /// <summary>At most this many pure partials are reused (one bit each in a <see cref="Uses"/>); the others are rendered every time.</summary>
    private const int MaxReused = 64;

    /// <summary>Each reusable partial by name: its place in <see cref="Uses"/>, and the variable it depends on as an expression to look it up with (syntax nodes are only read).</summary>
    private readonly FrozenDictionary<string, (int Index, ScriptVariableGlobal Variable)> _partials;

    /// <summary>
    /// What was rendered for each value, one entry per value (an item, a rail) whatever the partials: most includes of a
    /// build only read this, without a lock.
    /// </summary>
    private readonly ConcurrentDictionary<IImmutableView, Uses> _byValue = new(ReferenceEqualityComparer.Instance);

    public RenderedPartials(ImmutableDictionary<string, string> pure)
    {
        var variables = pure.Values.Distinct(StringComparer.Ordinal).ToDictionary(name => name, name => new ScriptVariableGlobal(name), StringComparer.Ordinal);
        _partials = pure.OrderBy(p => p.Key, StringComparer.Ordinal).Take(MaxReused)
            .Select((p, index) => (p.Key, Value: (index, variables[p.Value])))
            .ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>How many markups are kept: one per pure partial included more than once, at the outermost level, with one value.</summary>
    public int Count => _byValue.Values.Sum(uses => uses.Kept.Count(html => html is not null));

    /// <summary>The partial's markup as rendered before for the same value, else what <paramref name="render"/> makes (kept when reusable).</summary>
    /// <param name="call">The include being evaluated, handed to <paramref name="render"/>.</param>
    /// <param name="render">
    /// Renders the partial: as markup when asked to (true), else as it likes: it may write the partial straight into
    /// the output and return null. A static function, so that no include allocates a closure.
    /// </param>
    public Html? Include<TCall>(HtmlTemplateContext context, ScriptNode? caller, ScriptArray arguments, TCall call, Func<TCall, bool, Html?> render)
    {
        // Reusable only for a plain `include "name"`: named arguments or `$` arguments reach the partial too, and with no
        // current indent Scriban would not reset the line state the partial starts with.
        if (arguments.Count != 1 || caller is not ScriptFunctionCall { Arguments: [not ScriptNamedArgument] } || context.CurrentIndent is null
            || (arguments[0] as string ?? context.ObjectToString(arguments[0])) is not { } name || !_partials.TryGetValue(name, out var partial)
            || ValueOf(context, partial.Variable) is not { } value)
        {
            return render(call, false);
        }

        var uses = _byValue.TryGetValue(value, out var known) ? known : null;
        if (uses?.Kept[partial.Index] is { } kept)
        {
            return kept;
        }

        // A markup is kept from its second render on: most pure partials of an item page (its byline, its tags) are
        // included once per build, and keeping those would only hold memory. A list's entry (an include inside a `for`
        // loop: a card, a related card) is kept from its first: its value is in other lists too (an item is on the News
        // Feed, its section's, author's and tags' pages), so it would be kept at its second render anyway. And only the
        // outermost pure partial keeps its markup (the card's, not also the card-article's inside it), so only its
        // renders are counted.
        var outermost = !context.RenderingReusablePartial;
        var keep = false;
        if (outermost)
        {
            uses ??= _byValue.GetOrAdd(value, static (_, count) => new Uses(count), _partials.Count);
            keep = uses.SeenBefore(partial.Index) || InLoop(caller);
        }

        context.RenderingReusablePartial = true;
        Html? html;
        try
        {
            html = render(call, keep);
        }
        finally
        {
            context.RenderingReusablePartial = !outermost;
        }

        if (keep)
        {
            Volatile.Write(ref uses!.Kept[partial.Index], KeptAs(html, context, caller));
        }

        return html;
    }

    /// <summary>
    /// The markup to keep: held as written under the include's indent when the include is a statement of its own (its
    /// markup is written at once, under that indent, wherever the include stands: in a list, on every page that lists
    /// the value), else as it is.
    /// </summary>
    private static Html? KeptAs(Html? html, HtmlTemplateContext context, ScriptNode caller) =>
        html is not null && caller.Parent is ScriptExpressionStatement && context.IndentOnEmptyLines && context.CurrentIndent is { } indent && LineIndent.Fits(indent)
            ? Html.Indented(html, indent)
            : html;

    /// <summary>Whether the include is inside a <c>for</c> loop of the template that includes the partial.</summary>
    private static bool InLoop(ScriptNode include)
    {
        for (var node = include.Parent; node is not null; node = node.Parent)
        {
            if (node is ScriptForStatement)
            {
                return true;
            }
        }

        return false;
    }

    private static IImmutableView? ValueOf(TemplateContext context, ScriptVariableGlobal variable)
    {
        try
        {
            return context.GetValue(variable) as IImmutableView;
        }
        catch (ScriptRuntimeException)
        {
            return null; // undefined: rendering the partial reports it where the partial reads it
        }
    }

    /// <summary>Which partials were rendered for one value, and the markups kept. Two pages rendering at once may both render a markup: either is kept.</summary>
    private sealed class Uses(int partials)
    {
        private long _seen;

        public Html?[] Kept { get; } = new Html?[partials];

        /// <summary>Notes a render of the partial at <paramref name="index"/>; whether it was rendered before.</summary>
        public bool SeenBefore(int index)
        {
            var bit = 1L << index;
            return (Interlocked.Or(ref _seen, bit) & bit) != 0;
        }
    }
}
