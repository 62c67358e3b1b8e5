namespace Briefings.Content;

/// <summary>A video item's player: an embed URL (or a local file) with an optional poster and ISO 8601 duration.</summary>
public sealed record VideoClip(string Src, string? Poster, string? Duration);
