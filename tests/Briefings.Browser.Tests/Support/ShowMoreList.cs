namespace Briefings.Browser.Tests.Support;

/// <summary>
/// A list that "Show More" extends, named by its id: its entries, and the link that loads more of them
/// (the one whose <c>data-show-more-target</c> names the list, as the site script pairs them).
/// </summary>
/// <param name="Id">The list's id.</param>
/// <param name="MovesAddress">Whether loading more puts the loaded page in the address bar (a feed) or leaves it alone (the rail).</param>
public sealed record ShowMoreList(string Id, bool MovesAddress)
{
    /// <summary>The paginated list of cards of the feed, tag, section and author pages.</summary>
    public static readonly ShowMoreList Feed = new("feed-items", MovesAddress: true);

    /// <summary>The News Feed rail beside the home and item pages.</summary>
    public static readonly ShowMoreList Rail = new("news-rail-items", MovesAddress: false);

    /// <summary>The list's entries.</summary>
    public string Items => $"#{Id} > li";

    /// <summary>Its "Show More" while there is more to load.</summary>
    public string Link => $"[data-show-more][data-show-more-target='#{Id}']";

    /// <summary>
    /// JavaScript taking the list's entries to the item URL each one links to: its card's own link, else
    /// its first link. <see cref="BuiltLists.ItemUrl"/> reads the built HTML the same way.
    /// </summary>
    public const string ItemUrlsScript =
        "items => items.map(li => (li.querySelector('a.card__link') ?? li.querySelector('a[href]'))?.getAttribute('href') ?? '')";
}
