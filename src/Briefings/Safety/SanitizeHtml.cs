using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Markdown;
using Briefings.Reading;
using Briefings.Site;
using Briefings.Templates;

namespace Briefings.Safety;

/// <summary>
/// Renders each briefing's parsed Markdown body to HTML and passes it through the <see cref="BodySanitizer"/>
/// allowlist in one step, so Markdig's markup never leaves it: nothing downstream (excerpts, templates) ever sees
/// unsanitized markup. Editors write links from the site's root ("/other-briefing/"); under a base path they get it
/// ("/briefings/other-briefing/"). The body's text facts are read from the sanitized tree here, so a body is parsed
/// as HTML once. The sanitized body (<see cref="BriefingKeys.Body"/>) is held as UTF-8. A body whose Markdown tree
/// <see cref="MarkdownAllowlist"/> admits is not parsed as HTML at all: its markup is already what the allowlist keeps
/// (see docs/security.md), and its text facts are read from the tree.
/// A body beyond <see cref="BodyLimits"/> is refused first, so hostile input cannot make a build take minutes.
/// </summary>
/// <remarks>
/// Markdig's markup is rendered into the thread's renderer's own buffer, behind the document prefix the sanitizer
/// parses a body in (<see cref="ReadOnlySource.DocumentPrefix"/>), and parsed where it lies: no string of it is made.
/// That buffer is reused for the next body the thread renders, which is why rendering and sanitizing are one step.
/// </remarks>
/// <param name="sanitizer">
/// The allowlist, possibly still being made: HtmlSanitizer's one-off set-up (compiled regular expressions,
/// AngleSharp's CSS configuration) is worth doing on another thread while the files are read.
/// </param>
/// <param name="urls">The site's URLs, to put links written from the site's root under its base path.</param>
public sealed class SanitizeHtml(Task<BodySanitizer> sanitizer, SiteUrls urls) : PerDocumentModule
{
    // One renderer per thread, reused for every body that thread renders.
    private readonly ThreadLocal<ReusableHtmlRenderer> _renderers = new(() => new ReusableHtmlRenderer(urls.FromEditor));

    protected override Document? Execute(Document input, PipelineContext context)
    {
        var (html, facts) = context.Reuse(nameof(SanitizeHtml), input, () =>
        {
            var markdown = input.Get(BriefingKeys.Markdown);
            BodyLimits.CheckRawHtml(markdown);
            var allowlist = sanitizer.GetAwaiter().GetResult();
            var rendered = _renderers.Value!.ToHtml(markdown, ReadOnlySource.DocumentPrefix);
            if (MarkdownAllowlist.Admits(markdown, urls.FromEditor, allowlist.KeepsUrl) && MarkdownAllowlist.ParsesAsWritten(rendered.Span))
            {
                return (Html.FromUtf8(rendered.Span), TextFactsReader.Read(markdown));
            }

            var (document, sanitized) = allowlist.SanitizeDocument(rendered);
            try
            {
                return (sanitized, document.Body is { } body ? TextFactsReader.Read(body) : TextFactsReader.Read(string.Empty));
            }
            finally
            {
                BodySanitizer.Release(document);
            }
        });
        return input.With(BriefingKeys.Body, html).With(BriefingKeys.TextFacts, facts);
    }
}
