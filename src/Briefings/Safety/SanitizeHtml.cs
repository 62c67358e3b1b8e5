using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Reading;
using Briefings.Templates;

namespace Briefings.Safety;

/// <summary>
/// Passes each rendered body through the <see cref="BodySanitizer"/> allowlist, right after Markdown is
/// rendered, so nothing downstream (excerpts, templates) ever sees unsanitized markup. The body's text
/// facts are read from the sanitized tree here, so a body is parsed as HTML once.
/// The sanitized body (<see cref="BriefingKeys.Body"/>, held as UTF-8) replaces Markdig's rendering.
/// A body beyond <see cref="BodyLimits"/> is refused first, so hostile input cannot make a build take minutes.
/// </summary>
/// <param name="sanitizer">
/// The allowlist, possibly still being made: HtmlSanitizer's one-off set-up (compiled regular expressions,
/// AngleSharp's CSS configuration) is worth doing on another thread while the files are read.
/// </param>
public sealed class SanitizeHtml(Task<BodySanitizer> sanitizer) : PerDocumentModule
{
    protected override Document? Execute(Document input, PipelineContext context)
    {
        var (html, facts) = context.Reuse(nameof(SanitizeHtml), input, () =>
        {
            BodyLimits.CheckRawHtml(input.Get(BriefingKeys.Markdown));
            var (document, sanitized) = sanitizer.GetAwaiter().GetResult().SanitizeDocument(input.Get(BriefingKeys.BodyHtml));
            using (document)
            {
                return (sanitized, document.Body is { } body ? TextFactsReader.Read(body) : TextFactsReader.Read(string.Empty));
            }
        });
        return input.Without(BriefingKeys.BodyHtml).With(BriefingKeys.Body, html).With(BriefingKeys.TextFacts, facts);
    }
}
