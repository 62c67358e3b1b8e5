using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Pages;

namespace Briefings.Rail;

/// <summary>
/// The pages the rail's "Show More" loads in place: /rail/&lt;offset&gt;/, each holding the next
/// <c>rail.size</c> items in a <c>[data-feed-items]</c> list and its own "Show More" to the following one.
/// </summary>
public sealed class CreateRailFragments : IModule
{
    /// <summary>The page kind of rail fragments: not pages of their own, so kept out of the sitemap and search indexes.</summary>
    public const string Kind = "rail";

    public const string Template = "rail-fragment";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = SiteCatalog.From(context);
        var pages = catalog.Rail.Fragments().Select(fragment =>
        {
            var view = new PageView
            {
                Kind = Kind,
                Title = "News Feed",
                Description = catalog.Settings.Description,
                Url = fragment.Url,
                CanonicalUrl = catalog.Urls.Absolute(fragment.Url),
            };
            return new Document
            {
                Id = $"rail:{fragment.Offset}",
                Destination = catalog.Urls.Destination(fragment.Url),
                Metadata = Metadata.Empty.With(PageModel.Key, PageModel.Of(Template, view, ("rail", fragment.View))),
            };
        });
        return Task.FromResult(inputs.AddRange(pages));
    }
}
