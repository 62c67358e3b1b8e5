using Briefings.Content;
using Briefings.Reading;

namespace Briefings.Catalog;

/// <summary>A published briefing with everything derived from it that pages read.</summary>
/// <param name="Description">
/// What the item says about itself in page descriptions and feeds (<see cref="ItemDescription"/>). Made once here, so the
/// catalog keeps this short text, not the body's first paragraph, until the end of the build.
/// </param>
public sealed record CatalogEntry(Briefing Briefing, ItemView View, string Description, ReadingTime ReadingTime);
