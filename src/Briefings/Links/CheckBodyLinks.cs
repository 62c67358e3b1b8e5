using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Content;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Site;

namespace Briefings.Links;

/// <summary>
/// Finds links (BRF012) and pictures (BRF013) in published briefings' bodies that point inside the site
/// at a file this build will not write. Links were read from the Markdown syntax tree (<see cref="ReadBodyLinks"/>),
/// so each problem is reported at the line and column it was written on.
/// </summary>
public sealed class CheckBodyLinks(SiteUrls urls, SiteSettings settings, string contentPipeline, string catalogPipeline) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var targets = context.PipelineNames
            .SelectMany(name => context.OutputsOf(name))
            .Select(d => d.Destination)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var catalog = context.OutputsOf(catalogPipeline) is [var model] && model.Metadata.TryGet(SiteCatalog.Key, out var found) ? found : null;
        // Each body is checked on its own, so bodies are checked in parallel (diagnostics are sorted when the run ends);
        // nothing is handed on, only diagnostics.
        context.ForEachDocument(context.OutputsOf(contentPipeline), Document? (document) =>
        {
            var briefing = document.Get(BriefingKeys.Briefing);
            if (catalog?.BySlug.GetValueOrDefault(briefing.Slug)?.Briefing.SourcePath != briefing.SourcePath)
            {
                return null; // held back or a duplicate: it gets no page, so its links lead nowhere yet
            }

            var page = InternalLink.Page(urls.Item(briefing.Slug));
            foreach (var link in document.Get(ReadBodyLinks.Key))
            {
                Check(link, briefing, page, targets, context.Diagnostics);
            }

            return null;
        });
        return Task.FromResult(inputs);
    }

    private void Check(BodyLink link, Briefing briefing, Uri page, HashSet<string> targets, DiagnosticBag diagnostics)
    {
        var url = link.Url;
        if (!InternalLink.TryResolve(urls.FromEditor(url), page, settings.BasePath, out var candidates) || candidates.Any(targets.Contains))
        {
            return;
        }

        var (line, column) = (link.Line, link.Column);
        if (link.IsImage)
        {
            var where = candidates.Count > 0 ? $" (it would be {urls.Path(candidates[0])})" : " (it is outside the site)";
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MissingImage,
                $"The picture '{url}' does not exist{where}.",
                briefing.SourcePath,
                line,
                column,
                targets.Contains(url.TrimStart('/')) ? $"write {urls.Asset(url.TrimStart('/'))}" : "pictures live under content/, e.g. content/images/port.svg is /images/port.svg"));
            return;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.BrokenInternalLink,
            $"The link '{url}' leads to no page of this site.",
            briefing.SourcePath,
            line,
            column,
            "link to another briefing as /<its file name without .md>/; drafts and scheduled items have no page yet"));
    }
}
