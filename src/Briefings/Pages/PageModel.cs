using System.Collections.Immutable;
using Briefings.Engine.Documents;

namespace Briefings.Pages;

/// <summary>
/// A page waiting to be rendered: its template, what it says about itself, and the named values its
/// template reads (<c>item</c>, <c>items</c>, <c>pager</c>…). Documented in docs/templates.md.
/// </summary>
public sealed record PageModel(string Template, PageView Page, ImmutableSortedDictionary<string, object> Data)
{
    public static readonly MetadataKey<PageModel> Key = new("PageModel");

    public static PageModel Of(string template, PageView page, params (string Name, object Value)[] data) =>
        new(template, page, data.ToImmutableSortedDictionary(d => d.Name, d => d.Value, StringComparer.Ordinal));
}
