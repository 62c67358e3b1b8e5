using System.Collections.Immutable;
using Briefings.Templates;

namespace Briefings.Pages;

/// <summary>
/// The site's navigation as one page shows it (<c>nav</c>): every section, then the tag index, each link saying whether it
/// is the page's own (<c>current</c>). Pages in the same state share one instance (<see cref="SiteNav"/>), so
/// <c>partials/site-nav</c>, which reads nothing else, is rendered once per state and its markup reused.
/// </summary>
public sealed record NavView(ImmutableArray<NavLinkView> Sections, NavLinkView Tags) : IImmutableView;

/// <summary>A navigation link: its text, URL, and its <c>aria-current</c> value on this page ("page", "true"), or null.</summary>
public sealed record NavLinkView(string Name, string Url, string? Current);
