using System.Globalization;
using Briefings.Catalog;
using Briefings.Engine.Execution;
using Briefings.NotFound;
using Briefings.Pages;

namespace Briefings.Sitemap;

/// <summary>
/// Finds every page of the build, whichever feature made it: each document carrying a <see cref="PageModel"/>
/// among the pipelines' Process outputs. A page's lastmod is its item's date, or the newest of its items.
/// </summary>
public static class SitemapEntries
{
    /// <summary>Page kinds a search engine should not list: the 404 page, and the rail's "Show More" fragments.</summary>
    private static readonly HashSet<string> Unlisted = [CreateNotFoundPage.Kind, Rail.CreateRailFragments.Kind];

    public static IReadOnlyList<SitemapEntry> Of(PipelineContext context)
    {
        var catalog = SiteCatalog.From(context);
        var newest = catalog.Items.IsEmpty ? (DateTimeOffset?)null : catalog.Items.Max(e => e.Briefing.Date);
        return context.PipelineNames
            .SelectMany(name => context.OutputsOf(name))
            .Select(d => d.Metadata.TryGet(PageModel.Key, out var model) ? model : null)
            .OfType<PageModel>()
            .Where(model => !Unlisted.Contains(model.Kind))
            .Select(model => new SitemapEntry(model.CanonicalUrl, LastModified(model) ?? newest))
            .OrderBy(e => e.Url, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>By the data convention of page models: <c>item</c> on item pages, <c>items</c> on lists.</summary>
    private static DateTimeOffset? LastModified(PageModel model)
    {
        var items = model.Data.GetValueOrDefault("item") is ItemView item
            ? [item]
            : model.Data.GetValueOrDefault("items") as IEnumerable<ItemView> ?? [];
        return items.Select(i => (DateTimeOffset?)DateTimeOffset.Parse(i.DateIso, CultureInfo.InvariantCulture)).Max();
    }
}
