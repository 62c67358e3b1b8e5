using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Feeds;
using Briefings.Templates;

namespace Briefings.Pages;

/// <summary>What every template knows about the site (<c>site.*</c>).</summary>
public sealed record SiteView : IImmutableView
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Language { get; init; }

    /// <summary>Absolute base URL, ending in '/'.</summary>
    public required string BaseUrl { get; init; }

    public required string HomeUrl { get; init; }

    public required string TagsUrl { get; init; }

    /// <summary>The fingerprinted stylesheet (assets/site.&lt;hash&gt;.css); null when the theme has none.</summary>
    public required string? StylesheetUrl { get; init; }

    /// <summary>The fingerprinted script (assets/site.&lt;hash&gt;.js); null when the theme has none.</summary>
    public required string? ScriptUrl { get; init; }

    public ImmutableArray<LinkView> Sections { get; init; } = [];

    /// <summary>The site's RSS, Atom and JSON feeds, linked from every page's head.</summary>
    public ImmutableArray<FeedLinkView> Feeds { get; init; } = [];
}
