namespace Briefings.Content;

/// <summary>The picture at the top of an item. <see cref="Src"/> is relative to content/ or an absolute https URL.</summary>
public sealed record HeroImage(string Src, string Alt, string? Caption, string? Credit);
