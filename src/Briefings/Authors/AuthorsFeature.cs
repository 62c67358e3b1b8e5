using Briefings.Content;
using Briefings.Engine.Modules;
using Briefings.Engine.Pipelines;
using Briefings.Pages;
using Briefings.Site;

namespace Briefings.Authors;

/// <summary>Author profiles (<c>content/authors/*.yml</c>, read before the catalog) and their pages at /authors/&lt;id&gt;/.</summary>
public sealed class AuthorsFeature : ISiteFeature
{
    public const string PagesPipeline = "AuthorPages";
    public const string Folder = "authors";

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) =>
    [
        new()
        {
            Name = AuthorProfiles.Pipeline,
            Input = [new ReadFiles(ContentFeature.Directory, $"{Folder}/*.yml", $"{Folder}/*.yaml")],
            Process = [new ReadAuthorProfiles(site.Settings, ContentFeature.Directory)],
        },
        PagePipeline.Create(PagesPipeline, new CreateAuthorPages(), site),
    ];
}
