using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace Briefings.FrontMatter;

/// <summary>The parsed YAML mapping at the top of a file and where the Markdown body starts.</summary>
/// <param name="Fields">The front matter mapping.</param>
/// <param name="LineOffset">Add to a YAML mark's 1-based line to get the file's line.</param>
/// <param name="Text">The whole file (without a byte-order mark).</param>
/// <param name="BodyStart">Index in <paramref name="Text"/> of the body's first character (blank lines after the closing delimiter skipped).</param>
/// <param name="BodyLine">1-based file line of the body's first line.</param>
/// <param name="Document">The whole file parsed as Markdown; the front matter block renders to nothing.</param>
public sealed record FrontMatterBlock(YamlMappingNode Fields, int LineOffset, string Text, int BodyStart, int BodyLine, MarkdownDocument Document)
{
    /// <summary>The Markdown after the closing delimiter, copied out only when asked for: a build reads the parsed <see cref="Document"/>.</summary>
    public string Body => Text[BodyStart..];
}
