namespace Briefings.Site;

/// <summary>What a feed entry carries: the item's summary, or its whole rendered body.</summary>
public enum FeedContent
{
    Summary,
    Full,
}
