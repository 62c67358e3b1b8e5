using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Pages;

namespace Briefings.NotFound;

/// <summary>
/// /404.html, which hosts serve for any missing path. Every link in the site is root-relative (with the
/// base path), so the page works at whatever URL it is shown. It lists the newest items to go on reading.
/// </summary>
public sealed class CreateNotFoundPage : IModule
{
    public const string Template = "404";
    public const string Kind = "404";
    public const string File = "404.html";

    /// <summary>How many of the newest items the page offers.</summary>
    public const int Suggestions = 5;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = SiteCatalog.From(context);
        var url = catalog.Urls.Path(File);
        var page = new PageView
        {
            Kind = Kind,
            Title = "Page not found",
            Description = "There is no page at this address.",
            Url = url,
            CanonicalUrl = catalog.Urls.Absolute(url),
        };
        var items = catalog.Items.Take(Suggestions).Select(e => e.View).ToImmutableArray();
        return Task.FromResult(inputs.Add(new Document
        {
            Id = "page:404",
            Destination = File,
            Metadata = Metadata.Empty.With(PageModel.Key, PageModel.Of(Template, page, ("items", items))),
        }));
    }
}
