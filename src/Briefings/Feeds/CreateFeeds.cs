using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;

namespace Briefings.Feeds;

/// <summary>
/// Writes every channel (the site's and each tag's) in the three formats: RSS 2.0, Atom 1.0 and JSON Feed 1.1,
/// side by side (unless the run is serial), in a fixed order. Its Process starts when the catalog is made and
/// is the longest of those that do; every pipeline's PostProcess, so every page written, waits for it.
/// </summary>
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
        var channels = FeedChannels.Of(catalog).ToArray();
        var documents = new Document[channels.Length * Formats.Length];
        var parallel = new ParallelOptions { CancellationToken = context.CancellationToken, MaxDegreeOfParallelism = context.Settings.Serial ? 1 : -1 };
        Parallel.For(0, documents.Length, parallel, i =>
        {
            var (tag, channel) = channels[i / Formats.Length];
            var (file, write) = Formats[i % Formats.Length];
            var url = FeedUrls.Folder(catalog.Urls, tag) + file;
            documents[i] = new Document
            {
                Id = $"feed:{url}",
                Destination = catalog.Urls.Destination(url),
                Content = DocumentContent.FromBytes(write(channel)),
            };
        });
        return Task.FromResult(inputs.AddRange(documents));
    }
}
