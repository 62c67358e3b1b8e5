using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// The markup of pure partials (<see cref="PurePartials"/>) already rendered in this build, by partial and by
/// the instance of the one value it depends on. Lives as long as its template set: one build.
/// </summary>
internal sealed class RenderedPartials(ImmutableDictionary<string, string> pure)
{
    private readonly ConcurrentDictionary<(string Partial, IImmutableView Value), Html?> _rendered = new(SameInstance.Comparer);

    /// <summary>The variable each pure partial depends on, as an expression to look it up with, made once (syntax nodes are only read).</summary>
    private readonly ImmutableDictionary<string, ScriptVariableGlobal> _variables =
        pure.Values.Distinct(StringComparer.Ordinal).ToImmutableDictionary(name => name, name => new ScriptVariableGlobal(name), StringComparer.Ordinal);

    /// <summary>How many markups are kept: one per pure partial included more than once, at the outermost level, with one value.</summary>
    public int Count => _rendered.Values.Count(html => html is not null);

    /// <summary>The partial's markup as rendered before for the same value, else what <paramref name="render"/> makes (kept when reusable).</summary>
    /// <param name="render">
    /// Renders the partial: as markup when asked to (true), else as it likes: it may write the partial straight into
    /// the output and return null.
    /// </param>
    public Html? Include(HtmlTemplateContext context, ScriptNode? caller, ScriptArray arguments, Func<bool, Html?> render)
    {
        // Reusable only for a plain `include "name"`: named arguments or `$` arguments reach the partial too, and with no
        // current indent Scriban would not reset the line state the partial starts with.
        if (arguments.Count != 1 || caller is not ScriptFunctionCall { Arguments: [not ScriptNamedArgument] } || context.CurrentIndent is null
            || context.ObjectToString(arguments[0]) is not { } name || !pure.TryGetValue(name, out var variable)
            || ValueOf(context, _variables[variable]) is not { } value)
        {
            return render(false);
        }

        var key = (name, value);
        if (_rendered.TryGetValue(key, out var kept) && kept is not null)
        {
            return kept;
        }

        // A markup is kept from its second render on: most pure partials of an item page (its byline, its tags) are
        // included once per build, and keeping those would only hold memory. And only the outermost pure partial keeps
        // its markup: the card's, not also the card-article's inside it.
        var seenBefore = !_rendered.TryAdd(key, null);
        var outermost = !context.RenderingReusablePartial;
        var keep = seenBefore && outermost;
        context.RenderingReusablePartial = true;
        Html? html;
        try
        {
            html = render(keep);
        }
        finally
        {
            context.RenderingReusablePartial = !outermost;
        }

        if (keep)
        {
            _rendered[key] = html;
        }

        return html;
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

    /// <summary>Keys compare the value by instance: records' own equality would compare every member, body included.</summary>
    private sealed class SameInstance : IEqualityComparer<(string Partial, IImmutableView Value)>
    {
        public static readonly SameInstance Comparer = new();

        public bool Equals((string Partial, IImmutableView Value) x, (string Partial, IImmutableView Value) y) =>
            ReferenceEquals(x.Value, y.Value) && string.Equals(x.Partial, y.Partial, StringComparison.Ordinal);

        public int GetHashCode((string Partial, IImmutableView Value) key) =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(key.Partial), RuntimeHelpers.GetHashCode(key.Value));
    }
}
