using System.Collections;
using System.Reflection;
using Briefings.Catalog;
using Briefings.Pages;
using Briefings.Site;

namespace Briefings.Cli.Tests.Support;

/// <summary>
/// The pages of a build whose template values show a given item anywhere (its own page, feed pages,
/// tag pages, related cards…), found by walking each page model: the set an edit of that item affects.
/// </summary>
public static class PagesShowing
{
    public static IReadOnlySet<string> Item(BuildReport report, string slug) =>
        report.Documents
            .Where(d => d.Metadata.TryGet(PageModel.Key, out var model) && Shows(model, slug, new HashSet<object>(ReferenceEqualityComparer.Instance)))
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);

    private static bool Shows(object? value, string slug, HashSet<object> seen)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return false;
        }

        if (value is ItemView item && item.Slug == slug)
        {
            return true;
        }

        if (value is IDictionary dictionary)
        {
            return dictionary.Values.Cast<object?>().Any(v => Shows(v, slug, seen));
        }

        if (value is IEnumerable sequence)
        {
            return sequence.Cast<object?>().Any(v => Shows(v, slug, seen));
        }

        return value.GetType().Namespace?.StartsWith("Briefings", StringComparison.Ordinal) == true
            && value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0)
                .Any(p => Shows(p.GetValue(value), slug, seen));
    }
}
