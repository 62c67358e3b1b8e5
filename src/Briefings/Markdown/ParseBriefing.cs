using Briefings.Content;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.FrontMatter;
using Briefings.Safety;
using Briefings.Site;

namespace Briefings.Markdown;

/// <summary>Reads each file's front matter into a <see cref="Briefing"/> and parses its Markdown body once.</summary>
public sealed class ParseBriefing(SiteSettings settings) : PerDocumentModule
{
    protected override Document? Execute(Document input, PipelineContext context)
    {
        var file = input.Source ?? input.Id;
        BodyLimits.CheckLength(input.Content.Length);
        var text = ContentFiles.Text(input, file);

        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            throw new BuildException(Diagnostic.Error(DiagnosticCodes.NoFrontMatter, "The file is empty.", file, 1, hint: "write front matter and a body, or delete the file"));
        }

        var (briefing, markdown, diagnostics) = context.Reuse(nameof(ParseBriefing), input, () =>
        {
            // A byte-order mark is legal at the start of UTF-8 and invisible in editors; Markdig would not see the "---" behind it.
            var block = FrontMatterSplitter.Split(text.StartsWith('\uFEFF') ? text[1..] : text, file, BriefingMarkdown.Parse);
            var found = new List<Diagnostic>();
            return (BriefingReader.Read(block, file, settings, found), block.Document, found);
        });
        context.Diagnostics.AddRange(diagnostics);
        return briefing is null
            ? null
            : input.With(BriefingKeys.Briefing, briefing).With(BriefingKeys.Markdown, markdown);
    }
}
