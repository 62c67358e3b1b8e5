using Briefings.Content;
using Briefings.Reading;

namespace Briefings.Catalog;

/// <summary>A published briefing with everything derived from it.</summary>
public sealed record CatalogEntry(Briefing Briefing, ItemView View, TextFacts Facts, ReadingTime ReadingTime);
