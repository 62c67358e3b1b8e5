using System.Collections.Immutable;

namespace Briefings.Site;

/// <summary>The site configuration (<c>site.yml</c>), checked and typed. Defaults suit the sample site.</summary>
public sealed record SiteSettings
{
    public const string FileName = "site.yml";

    public string Title { get; init; } = "Briefings";

    public string Description { get; init; } = "Curated news briefings.";

    /// <summary>Absolute URL of the site's home, always ending in '/'; may include a path.</summary>
    public Uri BaseUrl { get; init; } = new("https://example.org/");

    public string Language { get; init; } = "en";

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public int PageSize { get; init; } = 20;

    /// <summary>
    /// 220 words a minute: adults read English prose at roughly 200–260 wpm on screens, and news copy with
    /// names and figures sits at the slower end, so a reader rarely finds the estimate too short.
    /// </summary>
    public int WordsPerMinute { get; init; } = 220;

    /// <summary>CJK text is counted by characters: about 500 a minute for Chinese and Japanese readers.</summary>
    public int CharactersPerMinute { get; init; } = 500;

    public int RelatedCount { get; init; } = 4;

    /// <summary>Display names for tags, by tag slug ("eu" → "EU").</summary>
    public ImmutableSortedDictionary<string, string> TagNames { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    public ImmutableArray<SectionSettings> Sections { get; init; } = [new("news", "News")];

    public string DefaultSection { get; init; } = "news";

    /// <summary>The section whose articles join quotes and videos in the News Feed rail.</summary>
    public string RailSection { get; init; } = "news";

    public int RailSize { get; init; } = 6;

    /// <summary>Whether feeds carry each item's whole body or only its summary.</summary>
    public FeedContent FeedContent { get; init; } = FeedContent.Summary;

    /// <summary>How many of the newest items each feed lists.</summary>
    public int FeedSize { get; init; } = 20;

    /// <summary>Hosts whose video players briefings may embed (<c>embeds:</c>); see docs/security.md.</summary>
    public ImmutableArray<string> Embeds { get; init; } = Safety.EmbedHosts.Defaults;

    /// <summary>The path part of the base URL: "/" or "/briefings/".</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";
}
