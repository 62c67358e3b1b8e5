namespace Briefings.Authors;

/// <summary>A link on an author's profile ("Mastodon", https://…).</summary>
public sealed record AuthorLink(string Title, string Url);
