using System.Collections.Immutable;
using System.Globalization;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Pages;

namespace Briefings.Tags;

/// <summary>
/// One run of pages per tag (/tags/&lt;slug&gt;/, /tags/&lt;slug&gt;/page/2/, …) holding the items that carry
/// it, newest first, and the index of every tag with its item count at /tags/.
/// </summary>
public sealed class CreateTagPages : IModule
{
    public const string TagTemplate = "tag";
    public const string IndexTemplate = "tags";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = SiteCatalog.From(context);
        var tagPages = catalog.Tags.SelectMany(group => PaginatedPages.Create(
            catalog,
            group.Items,
            TagTemplate,
            "tag",
            group.Tag.Name,
            string.Create(CultureInfo.InvariantCulture, $"Briefings tagged {group.Tag.Name}."),
            page => catalog.Urls.Tag(group.Tag.Slug, page),
            rail: null,
            ("tag", group.Tag)));
        return Task.FromResult(inputs.AddRange(tagPages).Add(CreateIndex(catalog)));
    }

    private static Document CreateIndex(SiteCatalog catalog)
    {
        var url = catalog.Urls.TagIndex;
        var tags = catalog.Tags.Select(g => new TagCountView(g.Tag.Name, g.Tag.Url!, g.Tag.Slug, g.Items.Length)).ToImmutableArray();
        var page = new PageView
        {
            Kind = "tags",
            Title = "Tags",
            Description = "Every topic the briefings are tagged with.",
            Url = url,
            CanonicalUrl = catalog.Urls.Absolute(url),
        };
        return new Document
        {
            Id = "tags",
            Destination = catalog.Urls.Destination(url),
            Metadata = Metadata.Empty.With(PageModel.Key, PageModel.Of(IndexTemplate, page, ("tags", tags))),
        };
    }
}
