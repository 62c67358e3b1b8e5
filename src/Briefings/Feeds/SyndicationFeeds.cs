using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Briefings.Feeds;

/// <summary>Writes a channel as RSS 2.0 or Atom 1.0 through System.ServiceModel.Syndication.</summary>
public static class SyndicationFeeds
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <summary>RSS has one text per item, <c>description</c>: the whole body when feeds are full, else the summary.</summary>
    public static byte[] Rss(FeedChannel channel) =>
        Write(new Rss20FeedFormatter(Feed(channel, channel.RssUrl, "application/rss+xml", entry => (entry.ContentHtml is { } html ? Html(html) : Text(entry.Summary), null))));

    /// <summary>Atom carries both: <c>summary</c> always, <c>content</c> when feeds are full.</summary>
    public static byte[] Atom(FeedChannel channel) =>
        Write(new Atom10FeedFormatter(Feed(channel, channel.AtomUrl, "application/atom+xml", entry => (Text(entry.Summary), entry.ContentHtml is { } html ? Html(html) : null))));

    private static TextSyndicationContent Text(string text) => new(text, TextSyndicationContentKind.Plaintext);

    private static TextSyndicationContent Html(string html) => new(html, TextSyndicationContentKind.Html);

    private static SyndicationFeed Feed(FeedChannel channel, string selfUrl, string mediaType, Func<FeedEntry, (TextSyndicationContent Summary, TextSyndicationContent? Content)> texts)
    {
        var feed = new SyndicationFeed(channel.Title, channel.Description, new Uri(channel.HomeUrl), selfUrl, channel.Updated)
        {
            Language = channel.Language,
            Generator = "Briefings",
            Items = channel.Entries.Select(entry => Item(entry, texts(entry))).ToList(),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(selfUrl), mediaType));
        feed.Authors.Add(new SyndicationPerson { Name = channel.Title, Uri = channel.HomeUrl });
        return feed;
    }

    private static SyndicationItem Item(FeedEntry entry, (TextSyndicationContent Summary, TextSyndicationContent? Content) texts)
    {
        var item = new SyndicationItem(entry.Title, (SyndicationContent?)null, new Uri(entry.Url), entry.Url, entry.Published)
        {
            PublishDate = entry.Published,
            Summary = texts.Summary,
            Content = texts.Content,
        };

        if (entry.AuthorName is { } name)
        {
            item.Authors.Add(new SyndicationPerson { Name = name, Uri = entry.AuthorUrl });
        }

        foreach (var tag in entry.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag));
        }

        return item;
    }

    private static byte[] Write(SyndicationFeedFormatter formatter)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            formatter.WriteTo(writer);
        }

        return stream.ToArray();
    }
}
