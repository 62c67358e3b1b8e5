using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace Briefings.FrontMatter;

/// <summary>The parsed YAML mapping at the top of a file and where the Markdown body starts.</summary>
/// <param name="Fields">The front matter mapping.</param>
/// <param name="LineOffset">Add to a YAML mark's 1-based line to get the file's line.</param>
/// <param name="Body">The Markdown after the closing delimiter.</param>
/// <param name="BodyLine">1-based file line of the body's first line.</param>
/// <param name="Document">The whole file parsed as Markdown; the front matter block renders to nothing.</param>
public sealed record FrontMatterBlock(YamlMappingNode Fields, int LineOffset, string Body, int BodyLine, MarkdownDocument Document);
