using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Briefings.Pages;

/// <summary>
/// The navigation views (<see cref="NavView"/>) of one site view: which link is a page's own follows from its URL and
/// kind alone, so a build holds a handful of views (none current, each section, the tag index, a tag page), made when
/// first asked for.
/// </summary>
public sealed class SiteNav(SiteView site)
{
    private readonly ConcurrentDictionary<(int Section, string? Tags), NavView> _views = new();

    /// <summary>
    /// The navigation of a page at <paramref name="pageUrl"/> of kind <paramref name="pageKind"/>: a section's link is
    /// the page's own ("page") on the section's first page; the Tags link is on the tag index ("page") and on a tag's
    /// pages ("true").
    /// </summary>
    public NavView For(string pageUrl, string pageKind)
    {
        var section = -1;
        for (var i = 0; i < site.Sections.Length; i++)
        {
            if (string.Equals(site.Sections[i].Url, pageUrl, StringComparison.Ordinal))
            {
                section = i;
                break;
            }
        }

        var tags = string.Equals(site.TagsUrl, pageUrl, StringComparison.Ordinal) ? "page" : pageKind == "tag" ? "true" : null;
        return _views.GetOrAdd((section, tags), static (state, site) => Create(site, state.Section, state.Tags), site);
    }

    private static NavView Create(SiteView site, int current, string? tags) => new(
        [.. site.Sections.Select((section, i) => new NavLinkView(section.Name, section.Url!, i == current ? "page" : null))],
        new NavLinkView("Tags", site.TagsUrl, tags));
}
