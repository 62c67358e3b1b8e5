namespace Briefings.Sitemap;

/// <summary>One page in sitemap.xml: its absolute URL and when its content last changed (null when nothing says).</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset? LastModified);
