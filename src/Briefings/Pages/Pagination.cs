using System.Collections.Immutable;

namespace Briefings.Pages;

/// <summary>Splits a list into pages of a fixed size; an empty list still has one (empty) page.</summary>
public static class Pagination
{
    public static IEnumerable<(PagerView Pager, ImmutableArray<T> Items)> Paginate<T>(ImmutableArray<T> items, int pageSize, Func<int, string> urlOfPage)
    {
        var pages = Math.Max(1, (items.Length + pageSize - 1) / pageSize);
        for (var page = 1; page <= pages; page++)
        {
            var slice = items.Skip((page - 1) * pageSize).Take(pageSize).ToImmutableArray();
            var pager = new PagerView(page, pages, urlOfPage(page), page > 1 ? urlOfPage(page - 1) : null, page < pages ? urlOfPage(page + 1) : null);
            yield return (pager, slice);
        }
    }
}
