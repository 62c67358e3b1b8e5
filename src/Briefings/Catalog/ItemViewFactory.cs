using System.Collections.Immutable;
using Briefings.Authors;
using System.Globalization;
using Briefings.Content;
using Briefings.Reading;
using Briefings.Site;
using Briefings.Templates;

namespace Briefings.Catalog;

/// <summary>Builds the template view of a briefing: URLs resolved, dates in the site's time zone, pictures sized.</summary>
public sealed class ItemViewFactory(SiteSettings settings, SiteUrls urls, Func<string, (int Width, int Height)?> imageSize)
{
    public ItemView Create(Briefing briefing, Html body, ReadingTime readingTime, ImmutableArray<LinkView> tags, LinkView? section, AuthorView? author)
    {
        var local = TimeZoneInfo.ConvertTime(briefing.Date, settings.TimeZone);
        return new ItemView
        {
            Slug = briefing.Slug,
            Type = briefing.Type.ToString().ToLowerInvariant(),
            Url = urls.Item(briefing.Slug),
            Title = briefing.Title,
            Source = briefing.Source,
            Summary = briefing.Summary,
            DateIso = briefing.Date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            DateDisplay = local.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            DateTimeDisplay = local.ToString("MMMM d, yyyy HH:mm", CultureInfo.InvariantCulture),
            ReadingMinutes = readingTime.Minutes,
            ReadingTime = readingTime.Label,
            Section = section,
            Author = author,
            Tags = tags,
            Image = briefing.Image is { } image ? Picture(image.Src, image.Alt, image.Caption, image.Credit) : null,
            Video = briefing.Video is { } video
                ? new VideoView(
                    IsAbsolute(video.Src) ? video.Src : urls.Asset(video.Src),
                    video.Poster is { } poster ? Picture(poster, $"Video: {briefing.Title}", null, null) : null,
                    video.Duration,
                    IsAbsolute(video.Src))
                : null,
            Quote = briefing.Quote,
            Speaker = briefing.Speaker,
            Context = briefing.Context,
            Body = body,
            Extra = briefing.Extra,
        };
    }

    public ImageView Picture(string src, string alt, string? caption, string? credit)
    {
        if (IsAbsolute(src))
        {
            return new ImageView(src, alt, caption, credit, null, null);
        }

        var size = imageSize(src);
        return new ImageView(urls.Asset(src), alt, caption, credit, size?.Width, size?.Height);
    }

    public static bool IsAbsolute(string src) => src.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || src.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
}
