using Briefings.Articles;
using Briefings.Assets;
using Briefings.Catalog;
using Briefings.Content;
using Briefings.Feed;
using Briefings.Links;
using Briefings.Templates;

namespace Briefings.Site;

/// <summary>The features that make up the news site. A new page kind is one folder, one template and one line here.</summary>
public static class BriefingsSite
{
    public static IReadOnlyList<ISiteFeature> Features { get; } =
    [
        new ContentFeature(),
        new TemplatesFeature(),
        new CatalogFeature(),
        new AssetsFeature(),
        new ItemPagesFeature(),
        new HomeFeedFeature(),
        new LinksFeature(),
    ];
}
