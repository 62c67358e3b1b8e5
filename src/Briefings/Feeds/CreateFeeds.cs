using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;

namespace Briefings.Feeds;

/// <summary>Writes every channel (the site's and each tag's) in the three formats: RSS 2.0, Atom 1.0 and JSON Feed 1.1.</summary>
public sealed class CreateFeeds : IModule
{
    private static readonly (string File, Func<FeedChannel, byte[]> Write)[] Formats =
    [
        (FeedUrls.Rss, SyndicationFeeds.Rss),
        (FeedUrls.Atom, SyndicationFeeds.Atom),
        (FeedUrls.Json, JsonFeed.Write),
    ];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var catalog = SiteCatalog.From(context);
        var feeds = FeedChannels.Of(catalog).SelectMany(c => Formats.Select(format =>
        {
            var url = FeedUrls.Folder(catalog.Urls, c.Tag) + format.File;
            return new Document
            {
                Id = $"feed:{url}",
                Destination = catalog.Urls.Destination(url),
                Content = DocumentContent.FromBytes(format.Write(c.Channel)),
            };
        }));
        return Task.FromResult(inputs.AddRange(feeds));
    }
}
