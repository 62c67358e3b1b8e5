using Briefings.Articles;
using Briefings.Assets;
using Briefings.Authors;
using Briefings.Catalog;
using Briefings.Content;
using Briefings.Feed;
using Briefings.Rail;
using Briefings.Sections;
using Briefings.Tags;
using Briefings.Feeds;
using Briefings.NotFound;
using Briefings.Sitemap;
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
        new TagsFeature(),
        new SectionPagesFeature(),
        new AuthorsFeature(),
        new RailFeature(),
        new FeedsFeature(),
        new SitemapFeature(),
        new NotFoundFeature(),
        new LinksFeature(),
    ];
}
