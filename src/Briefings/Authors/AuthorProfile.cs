using System.Collections.Immutable;

namespace Briefings.Authors;

/// <summary>One author profile as written in <c>content/authors/&lt;id&gt;.yml</c>, checked and typed.</summary>
public sealed record AuthorProfile
{
    /// <summary>The file name without <c>.yml</c>: what a briefing's <c>author:</c> names.</summary>
    public required string Id { get; init; }

    public required string SourcePath { get; init; }

    public required string Name { get; init; }

    public string? Bio { get; init; }

    /// <summary>A picture under content/ or an http(s) URL.</summary>
    public string? Avatar { get; init; }

    /// <summary>The avatar's alt text; when absent it is "Portrait of &lt;name&gt;".</summary>
    public string? AvatarAlt { get; init; }

    /// <summary>The line of <c>avatar:</c>, for a missing picture.</summary>
    public int AvatarLine { get; init; } = 1;

    public ImmutableArray<AuthorLink> Links { get; init; } = [];
}
