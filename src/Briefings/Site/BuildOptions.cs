namespace Briefings.Site;

/// <summary>What a particular build publishes, as opposed to what the site is (<see cref="SiteSettings"/>).</summary>
public sealed record BuildOptions
{
    /// <summary>Publish items marked <c>draft: true</c>.</summary>
    public bool Drafts { get; init; }

    /// <summary>Publish items dated after <see cref="Now"/>.</summary>
    public bool Future { get; init; }

    /// <summary>The instant schedule rules are judged against; fixed in tests so builds are reproducible.</summary>
    public DateTimeOffset Now { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Replaces the configured base URL (for preview deployments).</summary>
    public Uri? BaseUrl { get; init; }
}
