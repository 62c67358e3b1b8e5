using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Templates;

namespace Briefings.Rail;

/// <summary>
/// The News Feed rail as one page shows it (<c>page.rail</c>): its items newest first, the fragment
/// "Show More" loads next (null when there is nothing more), and the full news-feed section page that
/// "Show More" links to without JavaScript.
/// </summary>
public sealed record RailView(ImmutableArray<ItemView> Items, string? MoreUrl, string AllUrl) : IImmutableView;
