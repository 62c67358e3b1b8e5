using System.Globalization;
using Briefings.Site;
using YamlDotNet.RepresentationModel;

namespace Briefings.FrontMatter;

/// <summary>
/// Reads ISO 8601 dates. A date with an offset is taken as written; one without is read in the site's
/// time zone with a warning, because an editor's "09:00" means different instants on different machines.
/// </summary>
public static class DateReader
{
    private static readonly string[] WithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    private static readonly string[] WithoutOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    public static DateTimeOffset? Read(YamlFields fields, string key, TimeZoneInfo timeZone, bool required)
    {
        var text = fields.String(key, required, requiredHint: "write it as 2024-04-26T09:30:00+03:00");
        if (text is null)
        {
            return null;
        }

        var node = fields.Find(key)!;
        if (text.EndsWith('Z') || HasOffset(text))
        {
            if (DateTimeOffset.TryParseExact(text, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            {
                return exact;
            }
        }
        else if (DateTime.TryParseExact(text, WithoutOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var offset = timeZone.GetUtcOffset(local);
            fields.Warn(
                DiagnosticCodes.DateWithoutOffset,
                $"'{key}' has no time zone offset; read as {timeZone.Id} ({FormatOffset(offset)}).",
                node,
                $"write {local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}{FormatOffset(offset)}");
            return new DateTimeOffset(local, offset);
        }

        fields.Report(DiagnosticCodes.InvalidDate, $"'{key}' is not a valid date: '{text}'.", node, "use ISO 8601 with an offset, e.g. 2024-04-26T09:30:00+03:00");
        return null;
    }

    private static bool HasOffset(string text)
    {
        var time = text.IndexOfAny(['T', ' ']);
        return time > 0 && text.AsSpan(time).IndexOfAny('+', '-') >= 0;
    }

    private static string FormatOffset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
