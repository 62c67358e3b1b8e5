using System.Collections.Immutable;

namespace Briefings.Catalog;

/// <summary>A tag and its items, newest first. <see cref="Spellings"/> lists every way editors wrote it.</summary>
public sealed record TagGroup(LinkView Tag, ImmutableArray<CatalogEntry> Items, ImmutableArray<string> Spellings);
