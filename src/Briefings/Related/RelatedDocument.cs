using System.Collections.Immutable;

namespace Briefings.Related;

/// <summary>
/// What related scoring knows of one published item: nothing but text, tag slugs, a date and the
/// editor's picks, so that it can be tested and measured without building a site.
/// </summary>
/// <param name="Slug">The item's slug, its identity.</param>
/// <param name="Date">When it was published.</param>
/// <param name="Tags">Tag slugs (already canonical: "EU" and "eu" are one tag).</param>
/// <param name="Title">The headline.</param>
/// <param name="Summary">The summary (and, for quotes, the quoted words).</param>
/// <param name="Body">The body as plain text; its start is enough: only the first <see cref="RelatedWeights.BodyWords"/> words are read.</param>
/// <param name="Picks">The editor's <c>related:</c> slugs, in the editor's order.</param>
public sealed record RelatedDocument(
    string Slug,
    DateTimeOffset Date,
    ImmutableArray<string> Tags,
    string Title,
    string Summary,
    string Body,
    ImmutableArray<string> Picks);
