using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Pages;

namespace Briefings.Sections;

/// <summary>
/// One paginated page per configured section at /sections/&lt;id&gt;/, its items newest first. A section
/// with no items still gets its (empty) page, since the navigation links to every section.
/// </summary>
public sealed class CreateSectionPages : IModule
{
    public const string Template = "section";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = SiteCatalog.From(context);
        var pages = catalog.Settings.Sections.SelectMany(section => PaginatedPages.Create(
            catalog,
            catalog.Items.Where(e => e.View.Section?.Slug == section.Id),
            Template,
            Template,
            section.Name,
            $"{section.Name}: the latest briefings. {catalog.Settings.Description}",
            page => catalog.Urls.Section(section.Id, page),
            rail: null,
            ("section", new LinkView(section.Name, catalog.Urls.Section(section.Id), section.Id))));
        return Task.FromResult(inputs.AddRange(pages));
    }
}
