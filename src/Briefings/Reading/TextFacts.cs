namespace Briefings.Reading;

/// <summary>What the rendered body says as plain text: the input to reading time, excerpts and related scoring.</summary>
/// <param name="PlainText">The body's text content.</param>
/// <param name="Words">Words outside CJK scripts.</param>
/// <param name="CjkCharacters">Characters of CJK scripts, which are read by the character, not the word.</param>
/// <param name="FirstParagraph">The first paragraph's text, for an excerpt when the editor wrote no summary.</param>
public sealed record TextFacts(string PlainText, int Words, int CjkCharacters, string FirstParagraph);
