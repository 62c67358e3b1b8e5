using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Briefings.Catalog;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Related;

/// <summary>
/// Every published item's related items, best first, as the views cards are drawn from. Computed once
/// per build by <see cref="ScoreRelated"/> and carried on the catalog document.
/// </summary>
/// <param name="bySlug">
/// Each item's related items, by its slug; never changed once given (a plain dictionary: at 100,000 items an immutable
/// one takes a second to build; of arrays, not immutable arrays, so that its code is the shared code for reference types
/// that the ReadyToRun image holds, not a dictionary of structs compiled at start-up).
/// </param>
public sealed class RelatedItems(IReadOnlyDictionary<string, ItemView[]> bySlug)
{
    public static readonly MetadataKey<RelatedItems> Key = new("RelatedItems");

    /// <summary>The related items of the item with this slug (none for an unknown slug).</summary>
    public ImmutableArray<ItemView> Of(string slug) => bySlug.TryGetValue(slug, out var views) ? ImmutableCollectionsMarshal.AsImmutableArray(views) : [];

    /// <summary>The related items from a pipeline's visible outputs (they ride on the Catalog pipeline's single document).</summary>
    public static RelatedItems From(PipelineContext context) =>
        context.OutputsOf(SiteCatalog.Pipeline).Single().Get(Key);
}
