namespace Briefings.Feeds;

/// <summary>A feed as the layout links it: <c>&lt;link rel="alternate" type="{{ type }}" href="{{ url }}" title="{{ title }}"&gt;</c>.</summary>
public sealed record FeedLinkView(string Title, string Type, string Url);
