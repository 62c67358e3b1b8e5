namespace Briefings.Content;

/// <summary>A slug as written in front matter, with its line so that a dangling one can be reported precisely.</summary>
public sealed record SlugReference(string Slug, int Line);
