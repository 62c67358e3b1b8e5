namespace Briefings.Pages;

/// <summary>Where a paginated page sits (<c>pager.*</c>): 1-based page number, and neighbours' URLs (null at the ends).</summary>
public sealed record PagerView(int Page, int Pages, string Url, string? PreviousUrl, string? NextUrl);
