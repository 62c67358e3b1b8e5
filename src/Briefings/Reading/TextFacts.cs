namespace Briefings.Reading;

/// <summary>What the rendered body says as plain text: the input to reading time, excerpts and related scoring.</summary>
/// <param name="Lead">
/// The body's text content from its start to the end of its <see cref="Related.RelatedWeights.BodyWords"/>th
/// word: all that related scoring reads of it (the counts below are over the whole text). The whole text is
/// not kept: every briefing's facts live until the Catalog is made, and at 100,000 briefings it would be ~0.5 GB.
/// </param>
/// <param name="Words">Words outside CJK scripts.</param>
/// <param name="CjkCharacters">Characters of CJK scripts, which are read by the character, not the word.</param>
/// <param name="FirstParagraph">The first paragraph's text, for an excerpt when the editor wrote no summary.</param>
public sealed record TextFacts(string Lead, int Words, int CjkCharacters, string FirstParagraph);
