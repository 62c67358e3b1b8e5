using System.Collections.Immutable;
using Briefings.Engine.Diagnostics;
using Briefings.FrontMatter;
using Briefings.Slugs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Site;

/// <summary>Reads <c>site.yml</c>. Unknown keys and invalid values are errors with file and line: a typo in configuration must not pass silently.</summary>
public static class SiteSettingsReader
{
    private static readonly string[] Known =
    [
        "title", "description", "base_url", "language", "time_zone", "page_size", "words_per_minute", "characters_per_minute",
        "related_count", "tags", "sections", "default_section", "rail", "feed_content", "feed_size",
        Safety.EmbedHosts.Key,
    ];

    public static SiteSettings Read(string? text, string file, List<Diagnostic> diagnostics)
    {
        if (text is null)
        {
            return new SiteSettings();
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidConfiguration, $"The configuration is not valid YAML: {e.Message}", file, (int)e.Start.Line, (int)e.Start.Column));
            return new SiteSettings();
        }

        if (stream.Documents.Count == 0)
        {
            return new SiteSettings();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidConfiguration, "The configuration must be a list of 'key: value' lines.", file, 1));
            return new SiteSettings();
        }

        var fields = new YamlFields(root, file, 0, diagnostics);
        var defaults = new SiteSettings();
        var sections = ReadSections(fields, defaults);
        var settings = defaults with
        {
            Title = fields.String("title") ?? defaults.Title,
            Description = fields.String("description") ?? defaults.Description,
            BaseUrl = ReadBaseUrl(fields) ?? defaults.BaseUrl,
            Language = fields.String("language") ?? defaults.Language,
            TimeZone = ReadTimeZone(fields) ?? defaults.TimeZone,
            PageSize = ReadCount(fields, "page_size", 1, 500) ?? defaults.PageSize,
            WordsPerMinute = ReadCount(fields, "words_per_minute", 50, 2000) ?? defaults.WordsPerMinute,
            CharactersPerMinute = ReadCount(fields, "characters_per_minute", 50, 5000) ?? defaults.CharactersPerMinute,
            RelatedCount = ReadCount(fields, "related_count", 0, 20) ?? defaults.RelatedCount,
            TagNames = ReadTagNames(fields),
            Sections = sections,
            FeedContent = ReadFeedContent(fields) ?? defaults.FeedContent,
            FeedSize = ReadCount(fields, "feed_size", 1, 1000) ?? defaults.FeedSize,
            Embeds = Safety.EmbedHosts.Read(fields) ?? defaults.Embeds,
        };

        var sectionIds = sections.Select(s => s.Id).ToList();
        settings = settings with
        {
            DefaultSection = ReadSectionId(fields, "default_section", sectionIds) ?? sectionIds[0],
        };

        if (fields.Mapping("rail") is { } rail)
        {
            settings = settings with
            {
                RailSection = ReadSectionId(rail, "section", sectionIds) ?? settings.DefaultSection,
                RailSize = ReadCount(rail, "size", 1, 50) ?? settings.RailSize,
            };
            ReportUnknown(rail, ["section", "size"]);
        }
        else
        {
            settings = settings with { RailSection = settings.DefaultSection };
        }

        ReportUnknown(fields, Known);
        return settings;
    }

    private static Uri? ReadBaseUrl(YamlFields fields)
    {
        var text = fields.String("base_url");
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            fields.Report(DiagnosticCodes.InvalidConfiguration, $"'base_url' must be an absolute http(s) URL without query or fragment: '{text}'.", fields.Find("base_url")!);
            return null;
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private static FeedContent? ReadFeedContent(YamlFields fields)
    {
        switch (fields.String("feed_content"))
        {
            case null:
                return null;
            case "full":
                return FeedContent.Full;
            case "summary":
                return FeedContent.Summary;
            case var other:
                fields.Report(DiagnosticCodes.InvalidConfiguration, $"'feed_content' is 'full' or 'summary': '{other}'.", fields.Find("feed_content")!);
                return null;
        }
    }

    private static TimeZoneInfo? ReadTimeZone(YamlFields fields)
    {
        var id = fields.String("time_zone");
        if (id is null)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        fields.Report(DiagnosticCodes.InvalidConfiguration, $"'time_zone' is not a known time zone: '{id}'.", fields.Find("time_zone")!, "use an IANA name such as Europe/Kyiv or UTC");
        return null;
    }

    internal static int? ReadCount(YamlFields fields, string key, int min, int max)
    {
        var text = fields.String(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        fields.Report(DiagnosticCodes.InvalidConfiguration, $"'{key}' must be a whole number from {min} to {max}: '{text}'.", fields.Find(key)!);
        return null;
    }

    private static ImmutableSortedDictionary<string, string> ReadTagNames(YamlFields fields)
    {
        var names = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (fields.Find("tags") is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: { } tag } && value is YamlScalarNode { Value: { } display } && !string.IsNullOrWhiteSpace(display))
                {
                    names[Slugger.Slugify(tag)] = display.Trim();
                }
                else
                {
                    fields.Report(DiagnosticCodes.InvalidConfiguration, "Each entry of 'tags' maps a tag to its display name, e.g. 'eu: EU'.", key);
                }
            }
        }
        else if (fields.Has("tags"))
        {
            fields.Report(DiagnosticCodes.InvalidConfiguration, "'tags' maps tags to display names, one 'tag: Name' line each.", fields.Find("tags")!);
        }

        return names.ToImmutable();
    }

    private static ImmutableArray<SectionSettings> ReadSections(YamlFields fields, SiteSettings defaults)
    {
        if (fields.Find("sections") is not YamlSequenceNode sequence)
        {
            if (fields.Has("sections"))
            {
                fields.Report(DiagnosticCodes.InvalidConfiguration, "'sections' is a list of '- id: …, name: …' entries.", fields.Find("sections")!);
            }

            return defaults.Sections;
        }

        var sections = ImmutableArray.CreateBuilder<SectionSettings>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                var entry = new YamlFields(mapping, fields.File, 0, fields.Diagnostics);
                var id = entry.String("id", required: true);
                var name = entry.String("name", required: true);
                ReportUnknown(entry, ["id", "name"]);
                if (id is not null && !Slugger.IsSlug(id))
                {
                    entry.Report(DiagnosticCodes.InvalidConfiguration, $"Section id {Slugger.Describe(id)} must be a slug.", entry.Find("id")!);
                }
                else if (id is not null && name is not null)
                {
                    if (sections.Any(s => s.Id == id))
                    {
                        entry.Report(DiagnosticCodes.InvalidConfiguration, $"Section '{id}' is listed twice.", entry.Find("id")!);
                    }
                    else
                    {
                        sections.Add(new SectionSettings(id, name));
                    }
                }
            }
            else
            {
                fields.Report(DiagnosticCodes.InvalidConfiguration, "Each section is a group of 'id:' and 'name:'.", item);
            }
        }

        return sections.Count == 0 ? defaults.Sections : sections.ToImmutable();
    }

    private static string? ReadSectionId(YamlFields fields, string key, List<string> sectionIds)
    {
        var id = fields.String(key);
        if (id is null || sectionIds.Contains(id))
        {
            return id;
        }

        fields.Report(DiagnosticCodes.InvalidConfiguration, $"'{key}' names no section: '{id}'.", fields.Find(key)!, Hint(id, sectionIds));
        return null;
    }

    private static void ReportUnknown(YamlFields fields, IReadOnlyCollection<string> known)
    {
        foreach (var (key, node) in fields.Unread().ToList())
        {
            fields.Report(DiagnosticCodes.InvalidConfiguration, $"Unknown setting '{key}'.", node, Hint(key, known));
        }
    }

    private static string? Hint(string word, IEnumerable<string> candidates) =>
        Suggestions.Closest(word, candidates) is { } closest ? $"did you mean '{closest}'?" : null;
}
