using Briefings.Engine.Diagnostics;
using Briefings.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Tests.Support;

/// <summary>A template rendered by Scriban with nothing of ours, to compare our rendering with (for text that needs no escaping).</summary>
internal static class ScribanAlone
{
    public static string Render(string template, ScriptObject globals)
    {
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(globals);
        return Template.Parse(template, "page.html").Render(context);
    }

    /// <summary>The text rendered, or the error's message, line and column (both counted from 1), whether Scriban's or our located diagnostic.</summary>
    public static string Outcome(Func<string> render)
    {
        try
        {
            return render();
        }
        catch (ScriptRuntimeException e)
        {
            return $"error {e.OriginalMessage} at {e.Span.Start.Line + 1}:{e.Span.Start.Column + 1}";
        }
        catch (BuildException e)
        {
            return $"error {e.Diagnostic.Message} at {e.Diagnostic.Line}:{e.Diagnostic.Column}";
        }
    }

    /// <summary>
    /// The outcome (<see cref="Outcome"/>) of <paramref name="template"/> rendered by Scriban alone and by our template
    /// set, each with globals of its own from <paramref name="globals"/>.
    /// </summary>
    public static (string Expected, string Actual) BothOutcomes(string template, Func<ScriptObject> globals)
    {
        var expected = Outcome(() => Render(template, globals()));
        var templates = TemplateSet.Parse([("page", "page.html", template)], diagnostic => Assert.Fail(diagnostic.Message));
        return (expected, Outcome(() => templates.Render("page", globals())));
    }
}
