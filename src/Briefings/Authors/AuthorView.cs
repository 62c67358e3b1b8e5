using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Templates;

namespace Briefings.Authors;

/// <summary>
/// An author as templates see it (<c>item.author</c>, <c>author</c> on author pages). An author named
/// by a briefing without a profile has only a name: <c>url</c>, <c>bio</c> and <c>avatar</c> are null.
/// <c>url</c> and <c>canonical_url</c> are what JSON-LD needs for a <c>Person</c>.
/// </summary>
public sealed record AuthorView : IImmutableView
{
    /// <summary>The profile id ("news-desk"); for an author without a profile, the slug of the name.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Root-relative URL of the author page; null without a profile.</summary>
    public string? Url { get; init; }

    /// <summary>Absolute URL of the author page; null without a profile.</summary>
    public string? CanonicalUrl { get; init; }

    public string? Bio { get; init; }

    public ImageView? Avatar { get; init; }

    public ImmutableArray<AuthorLink> Links { get; init; } = [];

    /// <summary>True when the author has a profile (and so a page).</summary>
    public bool HasProfile => Url is not null;
}
