namespace Briefings.Content;

/// <summary>How an item is drawn: a full article, a short quote, or a video.</summary>
public enum ItemType
{
    Article,
    Quote,
    Video,
}
