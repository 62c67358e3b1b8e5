using Briefings.Catalog;
using Briefings.Rail;
using Briefings.Templates;

namespace Briefings.Pages;

/// <summary>What every page says about itself (<c>page.*</c> in templates).</summary>
public sealed record PageView
{
    /// <summary>The page kind: "home", "article", "quote", "video", "tag", "tags", "section", "author", "404".</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>Root-relative URL of the page.</summary>
    public required string Url { get; init; }

    /// <summary>Absolute URL, for canonical links and social cards.</summary>
    public required string CanonicalUrl
    {
        get;
        init
        {
            field = value;
            ImageUrl = AbsoluteUrl(Image, value);
        }
    }

    /// <summary>The picture that represents the page in shares, if any.</summary>
    public ImageView? Image
    {
        get;
        init
        {
            field = value;
            ImageUrl = AbsoluteUrl(value, CanonicalUrl);
        }
    }

    /// <summary>The News Feed rail beside the page (home and item pages); null on pages without it.</summary>
    public RailView? Rail { get; init; }
    /// <summary>
    /// The image's absolute URL, for Open Graph and Twitter cards (its <c>src</c> may be root-relative). Made once, when
    /// the image or the page's URL is set, not at each of the layout's reads.
    /// </summary>
    public string? ImageUrl { get; private init; }

    /// <summary>JSON-LD describing the page (a NewsArticle on item pages), serialized by System.Text.Json; null elsewhere.</summary>
    public Html? StructuredData { get; init; }

    private static string? AbsoluteUrl(ImageView? image, string? canonicalUrl) =>
        image is null || canonicalUrl is null ? null : new Uri(new Uri(canonicalUrl), image.Src).AbsoluteUri;
}
