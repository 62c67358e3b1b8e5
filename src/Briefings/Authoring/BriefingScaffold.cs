using System.Globalization;
using Briefings.Content;
using Briefings.Site;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Authoring;

/// <summary>
/// The text of a new briefing: complete front matter for its type, with the title and date filled in,
/// placeholders where the type requires a value, and every optional field present but commented out,
/// so editors never have to look the fields up. The result builds as it is.
/// </summary>
public static class BriefingScaffold
{
    public const string BodyPlaceholder = "Write the briefing here, in Markdown.";

    public static string Create(string title, ItemType type, IReadOnlyList<string> tags, DateTimeOffset now, SiteSettings settings)
    {
        var local = TimeZoneInfo.ConvertTime(now, settings.TimeZone);
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var yaml = new Emitter(writer, new EmitterSettings().WithNewLine("\n"));
        yaml.Emit(new StreamStart());
        yaml.Emit(new DocumentStart(null, null, isImplicit: true));
        yaml.Emit(new MappingStart());

        Field(yaml, "title", title, ScalarStyle.DoubleQuoted);
        Field(yaml, "date", local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        Field(yaml, "type", type.ToString().ToLowerInvariant());
        Commented(yaml, $"section: {settings.DefaultSection}   # one of: {string.Join(", ", settings.Sections.Select(s => s.Id))}");
        if (tags.Count > 0)
        {
            yaml.Emit(new Scalar("tags"));
            yaml.Emit(new SequenceStart(null, null, isImplicit: true, SequenceStyle.Flow));
            foreach (var tag in tags)
            {
                yaml.Emit(new Scalar(tag));
            }

            yaml.Emit(new SequenceEnd());
        }
        else
        {
            Commented(yaml, "tags: []");
        }

        Commented(yaml, "summary: \"\"   # one or two sentences; else the first paragraph is used");
        Commented(yaml, "source: \"\"    # the outlet reported on, e.g. Reuters");
        Commented(yaml, "author: \"\"    # an author id from content/authors/");
        switch (type)
        {
            case ItemType.Quote:
                Field(yaml, "quote", "TODO: the quoted words", ScalarStyle.DoubleQuoted);
                Field(yaml, "speaker", "TODO: who said it", ScalarStyle.DoubleQuoted);
                Commented(yaml, "context: \"\"   # when and where it was said, e.g. wrote on Truth Social");
                break;
            case ItemType.Video:
                yaml.Emit(new Scalar("video"));
                yaml.Emit(new MappingStart());
                Field(yaml, "src", "https://www.youtube-nocookie.com/embed/TODO", ScalarStyle.DoubleQuoted);
                Commented(yaml, "poster: images/…   # a still under content/");
                Commented(yaml, "duration: PT0M00S  # ISO 8601");
                yaml.Emit(new MappingEnd());
                break;
        }

        Commented(yaml, "image:");
        Commented(yaml, "  src: images/…      # under content/, or an https URL");
        Commented(yaml, "  alt: \"\"            # required with an image: what the picture shows");
        Commented(yaml, "  caption: \"\"");
        Commented(yaml, "  credit: \"\"");
        Commented(yaml, "related: []        # slugs (file names without .md) of other briefings");
        Commented(yaml, "expires: \"\"        # date-time after which the item is taken down");
        Commented(yaml, "draft: true");

        yaml.Emit(new MappingEnd());
        yaml.Emit(new DocumentEnd(isImplicit: true));
        yaml.Emit(new StreamEnd());
        return $"---\n{writer}---\n{BodyPlaceholder}\n";
    }

    private static void Field(IEmitter yaml, string key, string value, ScalarStyle style = ScalarStyle.Plain)
    {
        yaml.Emit(new Scalar(key));
        yaml.Emit(new Scalar(null, null, value, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    private static void Commented(IEmitter yaml, string text) => yaml.Emit(new Comment(text, isInline: false));
}
