using System.Collections.Immutable;
using System.Globalization;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Pages;

namespace Briefings.Feed;

/// <summary>The News Feed: every published item newest first, in pages of the configured size at /, /page/2/, …</summary>
public sealed class CreateFeedPages : IModule
{
    public const string Template = "home";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = SiteCatalog.From(context);
        var items = catalog.Items.Select(e => e.View).ToImmutableArray();
        var pages = Pagination.Paginate(items, catalog.Settings.PageSize, catalog.Urls.FeedPage).Select(page =>
        {
            var view = new PageView
            {
                Kind = "home",
                Title = page.Pager.Page == 1 ? catalog.Settings.Title : string.Create(CultureInfo.InvariantCulture, $"News Feed, page {page.Pager.Page}"),
                Description = catalog.Settings.Description,
                Url = page.Pager.Url,
                CanonicalUrl = catalog.Urls.Absolute(page.Pager.Url),
                Rail = catalog.Rail.Latest,
            };
            return new Document
            {
                Id = $"feed:{page.Pager.Page}",
                Destination = catalog.Urls.Destination(page.Pager.Url),
                Metadata = Metadata.Empty.With(PageModel.Key, PageModel.Of(Template, view, ("items", page.Items), ("pager", page.Pager))),
            };
        });
        return Task.FromResult(inputs.AddRange(pages));
    }
}
