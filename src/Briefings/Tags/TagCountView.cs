namespace Briefings.Tags;

/// <summary>A tag on the tag index (<c>tags</c> in tags.html): its display name, page URL, slug and how many published items carry it.</summary>
public sealed record TagCountView(string Name, string Url, string Slug, int Count);
