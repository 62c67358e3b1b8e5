using System.Collections.Concurrent;
using System.Text;
using Scriban;
using Scriban.Runtime;

namespace Briefings.Templates;

/// <summary>
/// Template contexts kept for reuse by later renders of the same template set. A context caches, per .NET
/// type, how to read that type's members (built by reflection); a fresh context per page rebuilt those
/// caches for every page. It also keeps the buffers a page renders into, which grow to the largest page once
/// instead of for every page. A context goes back to the pool only after a render that completed, when every
/// scope, output and global it pushed has been popped again; one whose render threw is dropped.
/// </summary>
internal sealed class TemplateContextPool(TemplateSet templates, ScriptObject builtins)
{
    private readonly ConcurrentBag<HtmlTemplateContext> _idle = [];

    /// <summary>Renders with a context holding <paramref name="globals"/> as the page's own variables.</summary>
    public string Render(Template template, ScriptObject globals)
    {
        var context = Take();
        var html = RenderToBuffer(context, context.PageBuffer, template, globals).ToString();
        _idle.Add(context);
        return html;
    }

    /// <summary>
    /// Renders a page as UTF-8: its template, then the layout, which receives the template's output as <c>content</c>
    /// (a <see cref="BufferedHtml"/>, written from the buffer it was rendered into). No page-sized string is made, and the
    /// bytes are in a rented array, which the caller gives back by disposing them.
    /// </summary>
    /// <param name="layout">The layout, looked up once the page template rendered (a missing one is an error only then).</param>
    public RentedBytes RenderPage(Template page, Func<Template> layout, ScriptObject globals)
    {
        var context = Take();
        globals["content"] = new BufferedHtml(RenderToBuffer(context, context.PageBuffer, page, globals));
        var bytes = Utf8Text.Encode(RenderToBuffer(context, context.LayoutBuffer, layout(), globals));
        _idle.Add(context);
        return bytes;
    }

    private HtmlTemplateContext Take() => _idle.TryTake(out var idle) ? idle : new HtmlTemplateContext(templates, builtins);

    private static StringBuilder RenderToBuffer(HtmlTemplateContext context, StringBuilder buffer, Template template, ScriptObject globals)
    {
        // The only state a finished render leaves behind: whether its last text ended a line, which decides
        // whether indented output starts with its indent. A new context starts with it cleared.
        context.ResetPreviousNewLine();
        buffer.Clear();
        var output = new StringBuilderOutput(buffer);
        context.PushGlobal(globals);
        context.PushOutput(output);
        template.RenderInto(context);
        context.PopOutput();
        context.PopGlobal();
        return buffer;
    }
}
