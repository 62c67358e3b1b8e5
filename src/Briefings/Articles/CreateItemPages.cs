using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Pages;
using Briefings.Related;
using Briefings.Seo;

namespace Briefings.Articles;

/// <summary>One page per published item, drawn by the template named after its type (article, quote, video).</summary>
public sealed class CreateItemPages : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = SiteCatalog.From(context);
        var related = RelatedItems.From(context);
        var pages = catalog.Items.Select(entry =>
        {
            var item = entry.View;
            var canonicalUrl = catalog.Urls.Absolute(item.Url);
            // The page's view (its description and JSON-LD) is made when the page is rendered, not held for every item until then.
            return new Document
            {
                Id = $"item:{item.Slug}",
                Source = entry.Briefing.SourcePath,
                Destination = catalog.Urls.Destination(item.Url),
                Metadata = Metadata.Empty.With(
                    PageModel.Key,
                    PageModel.Deferred(item.Type, item.Type, canonicalUrl, () => PageOf(entry, canonicalUrl, catalog), ("item", item), ("related", related.Of(item.Slug)))),
            };
        });
        return Task.FromResult(inputs.AddRange(pages));
    }

    private static PageView PageOf(CatalogEntry entry, string canonicalUrl, SiteCatalog catalog)
    {
        var item = entry.View;
        var page = new PageView
        {
            Kind = item.Type,
            Title = item.Title,
            Description = entry.Description,
            Url = item.Url,
            CanonicalUrl = canonicalUrl,
            Image = item.Image ?? item.Video?.Poster,
            Rail = catalog.Rail.For(item.Slug),
        };

        // The JSON-LD names the page's picture by the URL the view resolved for it (one resolution a page, not two).
        return page with { StructuredData = StructuredData.NewsArticle(entry, catalog, canonicalUrl, page.ImageUrl) };
    }
}
