namespace Briefings.Catalog;

/// <summary>A picture as templates see it: <c>src</c> is a ready URL; width and height are known, so nothing shifts while it loads.</summary>
public sealed record ImageView(string Src, string Alt, string? Caption, string? Credit, int? Width, int? Height);
