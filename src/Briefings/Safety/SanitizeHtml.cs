using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;

namespace Briefings.Safety;

/// <summary>
/// Passes each rendered body through the <see cref="BodySanitizer"/> allowlist, right after Markdown is
/// rendered, so nothing downstream (text facts, excerpts, templates) ever sees unsanitized markup.
/// A body beyond <see cref="BodyLimits"/> is refused first, so hostile input cannot make a build take minutes.
/// </summary>
public sealed class SanitizeHtml(BodySanitizer sanitizer) : PerDocumentModule
{
    protected override Document? Execute(Document input, PipelineContext context)
    {
        var html = context.Reuse(nameof(SanitizeHtml), input, () =>
        {
            BodyLimits.CheckRawHtml(input.Get(BriefingKeys.Markdown));
            return sanitizer.Sanitize(input.Get(BriefingKeys.BodyHtml));
        });
        return input.With(BriefingKeys.BodyHtml, html);
    }
}
