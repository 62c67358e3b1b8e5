using System.Collections.Concurrent;
using Scriban.Runtime;

namespace Briefings.Templates;

/// <summary>
/// Template contexts kept for reuse by later renders of the same template set. A context caches, per .NET
/// type, how to read that type's members (built by reflection); a fresh context per page rebuilt those
/// caches for every page. A context goes back to the pool only after a render that completed, when every
/// scope, output and global it pushed has been popped again; one whose render threw is dropped.
/// </summary>
internal sealed class TemplateContextPool(TemplateSet templates, ScriptObject builtins)
{
    private readonly ConcurrentBag<HtmlTemplateContext> _idle = [];

    /// <summary>Renders with a context holding <paramref name="globals"/> as the page's own variables.</summary>
    public string Render(Scriban.Template template, ScriptObject globals)
    {
        var context = _idle.TryTake(out var idle) ? idle : new HtmlTemplateContext(templates, builtins);

        // The only state a finished render leaves behind: whether its last text ended a line, which decides
        // whether indented output starts with its indent. A new context starts with it cleared.
        context.ResetPreviousNewLine();
        context.PushGlobal(globals);
        var html = template.Render(context);
        context.PopGlobal();
        _idle.Add(context);
        return html;
    }
}
