namespace Briefings.Site;

/// <summary>What a feature needs to make its pipelines: the site's settings, this build's options, and the URL scheme.</summary>
public sealed record SiteContext(SiteSettings Settings, BuildOptions Options, SiteUrls Urls);
