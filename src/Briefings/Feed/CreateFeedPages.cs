using System.Collections.Immutable;
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
        var pages = PaginatedPages.Create(catalog, catalog.Items, Template, "home", "News Feed", catalog.Settings.Description, catalog.Urls.FeedPage, catalog.Rail.Latest);
        return Task.FromResult(inputs.AddRange(pages));
    }
}
