using Briefings.Catalog;
using Briefings.Templates;

namespace Briefings.Tests.Support;

/// <summary>Item views made by hand, for template tests that need no built site: an article of January 2, 2025.</summary>
public static class ItemViews
{
    public static ItemView Article(string slug, string title) => new()
    {
        Slug = slug,
        Type = "article",
        Url = $"/{slug}/",
        Title = title,
        DateIso = "2025-01-02T09:00:00+00:00",
        DateDisplay = "January 2, 2025",
        DateTimeDisplay = "January 2, 2025 09:00",
        ReadingMinutes = 1,
        ReadingTime = "1 min read",
        Body = new Html("<p>Body.</p>"),
    };
}
