namespace Briefings.Catalog;

/// <summary>An item left out of this build and why ("draft", "scheduled", "expired").</summary>
public sealed record HeldBackItem(string File, string Slug, string Reason, DateTimeOffset When);
