using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Pages;

namespace Briefings.Authors;

/// <summary>One paginated page per author profile at /authors/&lt;id&gt;/: the bio, then the author's items newest first.</summary>
public sealed class CreateAuthorPages : IModule
{
    public const string Template = "author";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = SiteCatalog.From(context);
        var pages = AuthorProfiles.From(context).Values.SelectMany(author => PaginatedPages.Create(
            catalog,
            catalog.Items.Where(e => e.View.Author?.Id == author.Id && e.View.Author.HasProfile),
            Template,
            Template,
            author.Name,
            author.Bio ?? $"Briefings by {author.Name}.",
            page => catalog.Urls.Author(author.Id, page),
            rail: null,
            ("author", author)));
        return Task.FromResult(inputs.AddRange(pages));
    }
}
