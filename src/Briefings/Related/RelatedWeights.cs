namespace Briefings.Related;

/// <summary>
/// The numbers behind related cards, in one place; docs/related.md explains them to editors.
/// score = Tags × tag overlap + Text × text similarity + Time × closeness in time, each part in [0, 1].
/// </summary>
public static class RelatedWeights
{
    /// <summary>Shared tags, each weighted by how rare it is: the editor's own statement of the topic.</summary>
    public const double Tags = 0.45;

    /// <summary>Words shared by title, summary and body, rare words counting most.</summary>
    public const double Text = 0.40;

    /// <summary>Closeness in time: enough to order near-equals, never enough to bring in an unrelated item.</summary>
    public const double Time = 0.15;

    /// <summary>Closeness in time halves every 30 days: a month apart counts half as close as the same day.</summary>
    public const double HalfLifeDays = 30;

    /// <summary>A title word counts like three body words, a summary word like two: editors choose those words.</summary>
    public const int TitleRepeat = 3;

    public const int SummaryRepeat = 2;

    /// <summary>
    /// Only the first 200 words of a body are read: a briefing states its topic at the top (headline,
    /// summary, lead), the words further down add little to it but cost as much to read as all the rest.
    /// </summary>
    public const int BodyWords = 200;

    /// <summary>
    /// Only an item's 25 most telling words are looked up (as Lucene's "more like this" does): the rest
    /// barely move the score and would multiply the work.
    /// </summary>
    public const int QueryTerms = 25;

    /// <summary>Words on more than a fifth of all items are ignored, like stop words: they say nothing about a topic.</summary>
    public const double IgnoredTermShare = 0.2;

    /// <summary>
    /// A tag on more than 2% of all items still counts, but does not bring in candidates on its own: an
    /// item must also share a rarer tag or a telling word. Its long list of items would dominate the work.
    /// </summary>
    public const double BroadTagShare = 0.02;

    /// <summary>
    /// ... or on more than 200 items, whichever is fewer: a share grows with the site, and so would the
    /// work of walking the tag's items for every item that carries it.
    /// </summary>
    public const int BroadTagItems = 200;

    /// <summary>
    /// A word on more than 500 items brings in only the 500 of them published nearest in time to the
    /// item being scored (half before, half after): on a large site its full list would be most of the
    /// work, and the items of the same weeks are the ones the time part prefers anyway.
    /// </summary>
    public const int NearestItems = 500;

    /// <summary>
    /// The 32 best candidates found that way are then scored on every word they share, long lists too
    /// (looking a word up in one item's terms is cheap, in every candidate's it is not).
    /// </summary>
    public const int Shortlist = 32;

    /// <summary>The ignored-word and broad-tag rules apply only to words and tags on more than 50 items, so never on a small site.</summary>
    public const int Floor = 50;
}
