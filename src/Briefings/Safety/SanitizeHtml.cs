using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;

namespace Briefings.Safety;

/// <summary>
/// Passes each rendered body through the <see cref="BodySanitizer"/> allowlist, right after Markdown is
/// rendered, so nothing downstream (text facts, excerpts, templates) ever sees unsanitized markup.
/// A body with more raw HTML than <see cref="RawHtmlBudget"/> allows is refused first: parsing many
/// thousands of unclosed tags is quadratic.
/// </summary>
public sealed class SanitizeHtml(BodySanitizer sanitizer) : PerDocumentModule
{
    protected override Document? Execute(Document input, PipelineContext context)
    {
        RawHtmlBudget.Check(input.Get(BriefingKeys.Markdown));
        return input.With(BriefingKeys.BodyHtml, sanitizer.Sanitize(input.Get(BriefingKeys.BodyHtml)));
    }
}
