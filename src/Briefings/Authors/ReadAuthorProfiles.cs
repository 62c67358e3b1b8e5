using Briefings.Catalog;
using Briefings.Content;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Site;

namespace Briefings.Authors;

/// <summary>
/// Reads each <c>content/authors/*.yml</c> into an <see cref="AuthorProfile"/> and builds its template
/// view once (URLs resolved, avatar sized), checking that a local avatar exists.
/// </summary>
public sealed class ReadAuthorProfiles(SiteSettings settings, string contentDirectory) : PerDocumentModule
{
    public static readonly MetadataKey<AuthorView> View = new("AuthorView");

    protected override Document? Execute(Document input, PipelineContext context)
    {
        var file = input.Source ?? input.Id;
        var text = ContentFiles.Text(input, file);

        var diagnostics = new List<Diagnostic>();
        var profile = AuthorReader.Read(text, file, diagnostics);
        context.Diagnostics.AddRange(diagnostics);
        if (profile is null)
        {
            return null;
        }

        if (profile.Avatar is { } avatar && !ItemViewFactory.IsAbsolute(avatar) && !ContentFiles.Exists(context, contentDirectory, avatar))
        {
            context.Diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.MissingImage,
                $"The avatar '{avatar}' does not exist under {contentDirectory}/.",
                file,
                profile.AvatarLine,
                hint: "paths are relative to the content folder, e.g. images/authors/jane.svg"));
            return null;
        }

        var urls = new SiteUrls(settings);
        var pictures = new ItemViewFactory(settings, urls, src => ImageSize.Read(context.FileSystem, ContentFiles.Resolve(context, contentDirectory, src)));
        var url = urls.Author(profile.Id);
        var view = new AuthorView
        {
            Id = profile.Id,
            Name = profile.Name,
            Url = url,
            CanonicalUrl = urls.Absolute(url),
            Bio = profile.Bio,
            Avatar = profile.Avatar is { } src ? pictures.Picture(src, profile.AvatarAlt ?? $"Portrait of {profile.Name}", null, null) : null,
            Links = profile.Links,
        };
        return input.With(View, view);
    }
}
