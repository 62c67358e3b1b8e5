using System.Collections.Frozen;
using System.Collections.Immutable;
using Briefings.Content;
using Briefings.Engine.Diagnostics;
using Briefings.Safety;
using Briefings.Site;
using Briefings.Slugs;
using YamlDotNet.RepresentationModel;

namespace Briefings.FrontMatter;

/// <summary>
/// Turns one Markdown file with front matter into a <see cref="Briefing"/>, reporting every problem it
/// finds in the file (not only the first) with its line. Returns null when any of them is an error.
/// </summary>
public static class BriefingReader
{
    public static readonly ImmutableArray<string> KnownKeys =
    [
        "title", "date", "type", "section", "tags", "summary", "source", "author", "image", "video",
        "quote", "speaker", "context", "related", "draft", "slug", "expires",
    ];

    private static readonly string[] ImageKeys = ["src", "alt", "caption", "credit"];
    private static readonly string[] VideoKeys = ["src", "poster", "duration"];

    public static Briefing? Read(FrontMatterBlock block, string file, SiteSettings settings, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.Severity == Severity.Error);
        var fields = new YamlFields(block.Fields, file, block.LineOffset, diagnostics);

        var type = ReadType(fields);
        var title = fields.String("title", required: true, requiredHint: "add a line such as: title: \"What happened\"");
        var date = DateReader.Read(fields, "date", settings.TimeZone, required: true);
        var expires = DateReader.Read(fields, "expires", settings.TimeZone, required: false);
        var slug = ReadSlug(fields, file);
        var image = ReadImage(fields);
        var video = ReadVideo(fields, required: type == ItemType.Video, settings);
        var quote = fields.String("quote", required: type == ItemType.Quote, requiredHint: "a quote item needs the quoted words in 'quote:'");
        var speaker = fields.String("speaker", required: type == ItemType.Quote, requiredHint: "a quote item names who said it in 'speaker:'");

        var briefing = new Briefing
        {
            Slug = slug,
            SourcePath = file,
            Title = title ?? string.Empty,
            Date = date ?? default,
            Type = type ?? ItemType.Article,
            Section = fields.String("section"),
            Tags = [.. fields.List("tags").Select(t => t.Value)],
            Summary = fields.String("summary"),
            Source = fields.String("source"),
            Author = fields.String("author"),
            Image = image,
            Video = video,
            Quote = quote,
            Speaker = speaker,
            Context = fields.String("context"),
            Related = [.. fields.List("related").Select(r => new SlugReference(r.Value, r.Line))],
            Draft = fields.Boolean("draft"),
            Expires = expires,
            Extra = ReadUnknownKeys(fields),
            KeyLines = ReadKeyLines(block.Fields, fields),
            BodyLine = block.BodyLine,
        };

        return diagnostics.Count(d => d.Severity == Severity.Error) > errorsBefore ? null : briefing;
    }

    /// <summary>Each top-level key's line, the first one's where a key repeats; known keys kept as <see cref="KnownKeys"/>' strings.</summary>
    private static KeyLines ReadKeyLines(YamlMappingNode mapping, YamlFields fields)
    {
        var keys = new List<string>(mapping.Children.Count);
        var lines = new List<int>(mapping.Children.Count);
        foreach (var (key, _) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name })
            {
                keys.Add(name);
                lines.Add(fields.Line(key.Start));
            }
        }

        return KeyLines.Of(keys, lines, SharedKeys);
    }

    private static readonly FrozenSet<string> SharedKeys = KnownKeys.ToFrozenSet(StringComparer.Ordinal);

    private static ItemType? ReadType(YamlFields fields)
    {
        var text = fields.String("type");
        if (text is null)
        {
            return ItemType.Article;
        }

        if (Enum.TryParse<ItemType>(text, ignoreCase: true, out var type) && Enum.IsDefined(type) && !char.IsDigit(text[0]))
        {
            return type;
        }

        fields.Report(DiagnosticCodes.UnknownItemType, $"Unknown item type '{text}'.", fields.Find("type")!, "use article, quote or video");
        return null;
    }

    private static string ReadSlug(YamlFields fields, string file)
    {
        var explicitSlug = fields.String("slug");
        if (explicitSlug is not null)
        {
            if (Slugger.IsSlug(explicitSlug))
            {
                return explicitSlug;
            }

            fields.Report(DiagnosticCodes.InvalidSlug, $"'slug' must be lower-case letters, digits and single hyphens: {Slugger.Describe(explicitSlug)}.", fields.Find("slug")!);
            return Slugger.Slugify(explicitSlug);
        }

        var fromName = Slugger.Slugify(Path.GetFileNameWithoutExtension(file));
        if (fromName.Length == 0)
        {
            fields.Report(DiagnosticCodes.InvalidSlug, "The file name gives no usable slug.", 1, hint: "rename the file with letters or digits, or set 'slug:'");
        }

        return fromName;
    }

    private static HeroImage? ReadImage(YamlFields fields)
    {
        var image = fields.Mapping("image");
        if (image is null)
        {
            return null;
        }

        var src = FrontMatterUrls.Checked(image, "src", image.String("src", required: true, requiredHint: "the picture's path under content/, e.g. images/port.png"));
        var alt = image.String("alt");
        if (src is not null && alt is null)
        {
            fields.Report(
                DiagnosticCodes.ImageWithoutAlt,
                "The image has no alt text.",
                fields.LineOf("image"),
                hint: "describe what the picture shows in 'alt:' for readers who cannot see it");
        }

        // Read every key before deciding, so a missing alt does not make caption and credit look unknown.
        var caption = image.String("caption");
        var credit = image.String("credit");
        var result = src is null || alt is null ? null : new HeroImage(src, alt, caption, credit);
        ReportUnknown(image, ImageKeys);
        return result;
    }

    private static VideoClip? ReadVideo(YamlFields fields, bool required, SiteSettings settings)
    {
        var video = fields.Mapping("video");
        if (video is null)
        {
            if (required)
            {
                fields.Report(DiagnosticCodes.MissingField, "A video item needs 'video:' with at least 'src:'.", fields.LineOf("type"));
            }

            return null;
        }

        var src = FrontMatterUrls.CheckedPlayer(video, "src", video.String("src", required: true), settings.Embeds);
        var result = src is null ? null : new VideoClip(src, FrontMatterUrls.Checked(video, "poster", video.String("poster")), video.String("duration"));
        ReportUnknown(video, VideoKeys);
        return result;
    }

    /// <summary>Unknown keys are kept for templates, but a key close to a known one is most likely a typo and is reported.</summary>
    private static ImmutableSortedDictionary<string, string> ReadUnknownKeys(YamlFields fields)
    {
        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in fields.Unread().ToList())
        {
            if (Suggestions.Closest(key, KnownKeys) is { } closest)
            {
                fields.Warn(DiagnosticCodes.UnknownKey, $"Unknown key '{key}'.", node, $"did you mean '{closest}'?");
            }

            if (fields.FindWritten(key) is YamlScalarNode { Value: { } value })
            {
                extra[key] = value;
            }
        }

        return extra.ToImmutable();
    }

    private static void ReportUnknown(YamlFields fields, string[] known)
    {
        foreach (var (key, node) in fields.Unread().ToList())
        {
            var closest = Suggestions.Closest(key, known);
            fields.Warn(DiagnosticCodes.UnknownKey, $"Unknown key '{key}'.", node, closest is null ? $"known keys here: {string.Join(", ", known)}" : $"did you mean '{closest}'?");
        }
    }
}
