namespace Briefings.Catalog;

/// <summary>A video as templates see it: the player URL, the poster picture and an ISO 8601 duration.</summary>
public sealed record VideoView(string Src, ImageView? Poster, string? Duration, bool IsEmbed);
