using Briefings.Engine.Diagnostics;
using Briefings.Site;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Briefings.FrontMatter;

/// <summary>
/// Finds the front matter with Markdig's YAML front matter extension and parses it with YamlDotNet's
/// representation model, which keeps every node's line and column for diagnostics.
/// </summary>
public static class FrontMatterSplitter
{
    /// <summary>Parses the whole file once with <paramref name="parse"/> (whose pipeline must use the YAML front matter extension).</summary>
    public static FrontMatterBlock Split(string text, string file, Func<string, MarkdownDocument> parse)
    {
        var document = ParseMarkdown(text, file, parse);
        if (document.FirstOrDefault() is not YamlFrontMatterBlock block)
        {
            throw StartsWithDelimiter(text)
                ? Error(DiagnosticCodes.UnclosedFrontMatter, "The front matter is never closed.", file, 1, hint: "end it with a line holding only ---")
                : Error(DiagnosticCodes.NoFrontMatter, "The file has no front matter.", file, 1, hint: "start it with --- , a line per field (title: …, date: …), then ---");
        }

        var yaml = block.Lines.ToString();
        var lineOffset = block.Line + 1; // block.Line is the 0-based line of the opening ---; YAML lines are 1-based from the next line
        var mapping = Parse(yaml, file, lineOffset);
        var bodyStart = Math.Min(SkipLineEnding(text, block.Span.End + 1), text.Length); // the closing delimiter's own line ending is not the body's
        var bodyLine = block.Line + block.Lines.Count + 3;
        var (blankLines, firstText) = SkipBlankLines(text, bodyStart);
        return new FrontMatterBlock(mapping, lineOffset, text, firstText, bodyLine + blankLines, document);
    }

    /// <summary>Markdig refuses input nested past its depth limit (it would overflow the stack) with an ArgumentException.</summary>
    private static MarkdownDocument ParseMarkdown(string text, string file, Func<string, MarkdownDocument> parse)
    {
        try
        {
            return parse(text);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            throw Error(DiagnosticCodes.BodyTooComplex, "The Markdown is nested too deeply to read.", file, 1, hint: "look for a long run of '>', '[' or list markers");
        }
    }

    private static YamlMappingNode Parse(string yaml, string file, int lineOffset)
    {
        var parser = new FrontMatterLimits(yaml, file, lineOffset);
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (Exception e) when (IsYamlDotNetFailure(e))
        {
            parser.CheckRest();
            throw Error(DiagnosticCodes.InvalidYaml, "The front matter is not valid YAML.", file, lineOffset + 1, hint: "write one 'key: value' per line, keys at the left edge; quote values holding ':' '[' '{' or quotes");
        }
        catch (YamlException e)
        {
            parser.CheckRest();
            var message = Innermost(e).Message;
            var duplicate = message.Contains("duplicate", StringComparison.OrdinalIgnoreCase);
            if (!duplicate && message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndent(yaml) is var (line, column))
            {
                // YamlDotNet points at the mapping the tab breaks; the editor needs the tab itself.
                throw Error(DiagnosticCodes.InvalidYaml, "The front matter is indented with a tab.", file, line + lineOffset, column, "YAML indents with spaces only");
            }

            throw Error(
                duplicate ? DiagnosticCodes.DuplicateKey : DiagnosticCodes.InvalidYaml,
                duplicate ? $"A key appears twice in the front matter: {message}" : $"The front matter is not valid YAML: {message}",
                file,
                (int)e.Start.Line + lineOffset,
                (int)e.Start.Column,
                duplicate ? "keep one of them" : "check quoting: values holding ':' '#' or quotes need double quotes");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw Error(DiagnosticCodes.InvalidYaml, "The front matter must be a list of 'key: value' lines.", file, lineOffset);
        }

        return mapping;
    }

    /// <summary>The 1-based line and column of the first tab in a line's indentation, if any.</summary>
    private static (int Line, int Column)? FirstTabIndent(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// On some malformed input YamlDotNet fails without a YamlException or a position: its scanner throws
    /// InvalidOperationException ("==og{date: [&gt;" on one line and "?" on the next), its representation
    /// model ArgumentException ("    : key:"). Both were found by the property tests.
    /// </summary>
    internal static bool IsYamlDotNetFailure(Exception e) => e is ArgumentException or InvalidOperationException;

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    private static bool StartsWithDelimiter(string text) =>
        text.TrimStart('\uFEFF').StartsWith("---", StringComparison.Ordinal);

    private static int SkipLineEnding(string text, int index)
    {
        if (index < text.Length && text[index] == '\r')
        {
            index++;
        }

        return index < text.Length && text[index] == '\n' ? index + 1 : index;
    }

    /// <summary>Skips the line endings before the body's first text: how many lines they end, and where the text starts.</summary>
    private static (int Lines, int Start) SkipBlankLines(string text, int start)
    {
        var lines = 0;
        var index = start;
        for (; index < text.Length && text[index] is '\r' or '\n'; index++)
        {
            if (text[index] == '\n')
            {
                lines++;
            }
        }

        return (lines, index);
    }

    private static BuildException Error(string code, string message, string file, int line, int? column = null, string? hint = null) =>
        new(Diagnostic.Error(code, message, file, line, column, hint));
}
