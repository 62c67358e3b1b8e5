namespace Briefings.Links;

/// <summary>A link or picture as written in a body: its URL and 1-based line and column.</summary>
public sealed record BodyLink(string Url, bool IsImage, int Line, int Column);
