using System.Collections.Immutable;
using Briefings.Engine.Diagnostics;
using Briefings.FrontMatter;
using Briefings.Site;
using Briefings.Slugs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.Authors;

/// <summary>
/// Reads one author profile (<c>name</c>, <c>bio</c>, <c>avatar</c>, <c>links</c>), reporting every
/// problem with its line. Returns null when any of them is an error.
/// </summary>
public static class AuthorReader
{
    public static readonly ImmutableArray<string> KnownKeys = ["name", "bio", "avatar", "links"];

    private static readonly string[] AvatarKeys = ["src", "alt"];
    private static readonly string[] LinkKeys = ["title", "url"];

    public static AuthorProfile? Read(string text, string file, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.Severity == Severity.Error);
        var id = Path.GetFileNameWithoutExtension(file);
        if (!Slugger.IsSlug(id))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidSlug, $"The author id {Slugger.Describe(id)} must be a slug: it is the file name and the page's URL.", file, 1, hint: $"rename the file, e.g. {Slugger.Slugify(id)}.yml"));
        }

        if (Parse(text, file, diagnostics) is not { } mapping)
        {
            return null;
        }

        var fields = new YamlFields(mapping, file, 0, diagnostics);
        var name = Required(fields, "name", 1, "add a line such as: name: Jane Doe");
        var bio = fields.String("bio");
        var (avatar, avatarAlt) = ReadAvatar(fields);
        var links = ReadLinks(fields);
        ReportUnknown(fields, KnownKeys);

        if (name is null || diagnostics.Count(d => d.Severity == Severity.Error) > errorsBefore)
        {
            return null;
        }

        return new AuthorProfile
        {
            Id = id,
            SourcePath = file,
            Name = name,
            Bio = bio,
            Avatar = avatar,
            AvatarAlt = avatarAlt,
            AvatarLine = fields.LineOf("avatar"),
            Links = links,
        };
    }

    private static YamlMappingNode? Parse(string text, string file, List<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml, $"The author profile is not valid YAML: {e.Message}", file, (int)e.Start.Line, (int)e.Start.Column, "check quoting: values holding ':' '#' or quotes need double quotes"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InvalidYaml, "An author profile is a list of 'key: value' lines (name, bio, avatar, links).", file, 1));
            return null;
        }

        return mapping;
    }

    /// <summary><c>avatar: images/x.svg</c>, or a group with <c>src</c> and <c>alt</c>.</summary>
    private static (string? Src, string? Alt) ReadAvatar(YamlFields fields)
    {
        if (fields.Find("avatar") is not YamlMappingNode)
        {
            return (fields.String("avatar"), null);
        }

        var avatar = fields.Mapping("avatar")!;
        var result = (Required(avatar, "src", fields.LineOf("avatar"), "the picture's path under content/, e.g. images/authors/jane.svg"), avatar.String("alt"));
        ReportUnknown(avatar, AvatarKeys);
        return result;
    }

    private static ImmutableArray<AuthorLink> ReadLinks(YamlFields fields)
    {
        var node = fields.Find("links");
        if (node is null || node is YamlScalarNode { Value: "" or "~" or "null" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            fields.Report(DiagnosticCodes.WrongType, "'links' must be a list of '- title: …' / '  url: …' entries.", node);
            return [];
        }

        var links = ImmutableArray.CreateBuilder<AuthorLink>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                fields.Report(DiagnosticCodes.WrongType, "Each link is a group of 'title:' and 'url:'.", item);
                continue;
            }

            var link = new YamlFields(mapping, fields.File, 0, fields.Diagnostics);
            var title = Required(link, "title", fields.Line(item.Start), "name the link, e.g. title: Mastodon");
            var url = Required(link, "url", fields.Line(item.Start), "an absolute http(s) URL");
            ReportUnknown(link, LinkKeys);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                link.Report(DiagnosticCodes.WrongType, $"A link's 'url' must be an absolute http(s) URL: '{url}'.", link.Find("url")!);
            }
            else if (title is not null && url is not null)
            {
                links.Add(new AuthorLink(title, url));
            }
        }

        return links.ToImmutable();
    }

    /// <summary>
    /// A required text value. The profile's lines start at 1, so an absent key is reported at the line of
    /// the group that lacks it (<paramref name="groupLine"/>), not at an offset of 0.
    /// </summary>
    private static string? Required(YamlFields fields, string key, int groupLine, string hint)
    {
        var errorsBefore = fields.Diagnostics.Count;
        var value = fields.String(key);
        if (value is null && fields.Diagnostics.Count == errorsBefore)
        {
            fields.Report(DiagnosticCodes.MissingField, $"'{key}' is required and must not be empty.", fields.Has(key) ? fields.LineOf(key) : groupLine, hint: hint);
        }

        return value;
    }

    private static void ReportUnknown(YamlFields fields, IReadOnlyCollection<string> known)
    {
        foreach (var (key, node) in fields.Unread().ToList())
        {
            var closest = Suggestions.Closest(key, known);
            fields.Warn(DiagnosticCodes.UnknownKey, $"Unknown key '{key}' in the author profile.", node, closest is null ? $"known keys here: {string.Join(", ", known)}" : $"did you mean '{closest}'?");
        }
    }
}
