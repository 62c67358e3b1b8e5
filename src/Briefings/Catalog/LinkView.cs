namespace Briefings.Catalog;

/// <summary>A named link: a tag, a section, an author. <c>Url</c> is null for a name with no page (an author without a profile).</summary>
public sealed record LinkView(string Name, string? Url, string Slug);
