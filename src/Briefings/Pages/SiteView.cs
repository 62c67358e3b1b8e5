using System.Collections.Immutable;
using Briefings.Catalog;

namespace Briefings.Pages;

/// <summary>What every template knows about the site (<c>site.*</c>).</summary>
public sealed record SiteView
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Language { get; init; }

    /// <summary>Absolute base URL, ending in '/'.</summary>
    public required string BaseUrl { get; init; }

    public required string HomeUrl { get; init; }

    public required string TagsUrl { get; init; }

    public required string StylesheetUrl { get; init; }

    public required string ScriptUrl { get; init; }

    public ImmutableArray<LinkView> Sections { get; init; } = [];
}
