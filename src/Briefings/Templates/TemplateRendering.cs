using Scriban;
using Scriban.Parsing;

namespace Briefings.Templates;

/// <summary>Renders a template into whatever output its context writes to now.</summary>
internal static class TemplateRendering
{
    /// <summary>
    /// What <see cref="Template.Render(TemplateContext)"/> does, without copying the context's output into a string
    /// at the end (and emptying it): the caller decides what becomes of the output.
    /// </summary>
    public static void RenderInto(this Template template, TemplateContext context)
    {
        if (template.SourceFilePath is { } file)
        {
            context.PushSourceFile(file);
        }

        try
        {
            context.UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
            if (template.Page is { } page && context.Evaluate(page) is { } result && context.EnableOutput)
            {
                context.Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }
}
