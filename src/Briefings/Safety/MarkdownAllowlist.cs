using System.Collections.Frozen;
using Briefings.Markdown;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Safety;

/// <summary>
/// Whether a parsed body renders to markup that <see cref="BodySanitizer"/> would leave exactly as it is, decided on
/// Markdig's tree instead of by parsing the markup: then the markup is already what the allowlist keeps, and parsing it
/// as HTML to sanitize it (most of the Content pipeline's time) changes nothing a browser sees.
/// </summary>
/// <remarks>
/// A body qualifies only if every node in it is of a kind listed here, by exact type (an extension's subclass, such as an
/// alert, which is a quote, renders otherwise, so it does not count). For those kinds Markdig writes only allowed elements
/// (<c>p</c>, <c>h1</c>–<c>h6</c>, <c>ul</c>, <c>ol</c>, <c>li</c>, <c>blockquote</c>, <c>hr</c>, <c>em</c>, <c>strong</c>,
/// <c>del</c>, <c>ins</c>, <c>mark</c>, <c>sub</c>, <c>sup</c>, <c>code</c>, <c>br</c>, <c>a</c>) and allowed attributes
/// (<c>id</c>, <c>class</c>, <c>start</c>, <c>type</c>, <c>title</c>, <c>href</c>), and escapes every text and value.
/// What HtmlSanitizer could still change is checked node by node: a link's address must be one its URL rule keeps as it
/// is, a generic attribute (<c>{key=value}</c>) sends the body to the sanitizer, and so does any value holding
/// <c>&amp;{</c>, which it removes, and an entity that writes a control character. Raw HTML, images (which the media
/// extension may turn into frames), tables (whose alignment is a <c>style</c>), code blocks, footnotes, task lists and
/// every other extension's node go to the sanitizer.
/// </remarks>
public static class MarkdownAllowlist
{
    /// <summary>The kinds of block that qualify: each writes one allowed element, or nothing at all.</summary>
    private static readonly FrozenSet<Type> Blocks = new[]
    {
        typeof(ParagraphBlock), typeof(HeadingBlock), typeof(ListBlock), typeof(ListItemBlock), typeof(QuoteBlock),
        typeof(ThematicBreakBlock), typeof(LinkReferenceDefinitionGroup), typeof(YamlFrontMatterBlock),
    }.ToFrozenSet();

    /// <summary>Blocks that render nothing: their children (link definitions, front matter lines) are not markup.</summary>
    internal static bool RendersNothing(Block block) => block is LinkReferenceDefinitionGroup or YamlFrontMatterBlock;

    /// <summary>Emphasis delimiters whose elements are all allowed: em and strong, del and sub, sup, ins, mark.</summary>
    private const string EmphasisDelimiters = "*_~^+=";

    /// <summary>The kinds of inline that qualify (links and emphasis are checked further).</summary>
    private static readonly FrozenSet<Type> Inlines = new[]
    {
        typeof(LiteralInline), typeof(CodeInline), typeof(LineBreakInline), typeof(HtmlEntityInline), typeof(EmphasisInline),
        typeof(LinkInline), typeof(AutolinkInline),
    }.ToFrozenSet();

    /// <summary>Whether <paramref name="document"/> renders to markup the sanitizer keeps as it is.</summary>
    /// <param name="rewriteLink">The renderer's link rewriter (Markdig writes each address through it).</param>
    /// <param name="keepsHref">Whether the sanitizer keeps a link's <c>href</c> as it is (<see cref="BodySanitizer.KeepsUrl"/>).</param>
    public static bool Admits(MarkdownDocument document, Func<string, string> rewriteLink, Func<string, bool> keepsHref)
    {
        var check = new Check(rewriteLink, keepsHref);
        MarkdownWalk.Visit(document, ref check);
        return !check.Refused;
    }

    /// <summary>
    /// Whether markup Markdig wrote parses back to the same text: the HTML parser turns a carriage return into a line
    /// feed and drops a NUL in text. Entities that write control characters (<c>&amp;#13;</c>) are refused in the tree
    /// already; this holds the markup as a whole to it.
    /// </summary>
    public static bool ParsesAsWritten(ReadOnlySpan<char> markup) => markup.IndexOfAny('\r', '\0') < 0;

    /// <summary>Every node of a body, shown one by one (<see cref="MarkdownWalk"/>); refused at the first that does not qualify.</summary>
    private struct Check(Func<string, string> rewriteLink, Func<string, bool> keepsHref) : IMarkdownVisitor
    {
        public bool Refused { get; private set; }

        public void Visit(MarkdownObject node) => Refused = Refused || !Qualifies(node);

        private readonly bool Qualifies(MarkdownObject node) => AttributesKept(node) && node switch
        {
            // What a block that renders nothing holds (a link definition) is not markup either.
            Block block => Blocks.Contains(block.GetType()) || block.Parent is { } parent && RendersNothing(parent),
            _ when !Inlines.Contains(node.GetType()) => false,
            AutolinkInline autolink => HrefKept(autolink.IsEmail ? "mailto:" : string.Empty, autolink.Url),
            LinkInline link => !link.IsImage && HrefKept(string.Empty, link.GetDynamicUrl?.Invoke() ?? link.Url) && ValueKept(link.Title),
            EmphasisInline emphasis => EmphasisDelimiters.Contains(emphasis.DelimiterChar),
            HtmlEntityInline entity => !entity.Transcoded.AsSpan().ContainsAnyInRange('\0', '\u001f'),
            _ => true,
        };

        /// <summary>Whether the <c>href</c> Markdig writes for <paramref name="url"/> (<paramref name="prefix"/>, then the rewritten address) is kept.</summary>
        private readonly bool HrefKept(string prefix, string? url) => ValueKept(url) && keepsHref(prefix + (url is null ? string.Empty : rewriteLink(url)));
    }

    /// <summary>An <c>id</c> and classes are kept (escaped); any other attribute, from a generic <c>{key=value}</c>, is the sanitizer's to judge.</summary>
    private static bool AttributesKept(MarkdownObject node)
    {
        if (node.TryGetAttributes() is not { } attributes)
        {
            return true;
        }

        if (attributes.Properties is { Count: > 0 } || !ValueKept(attributes.Id))
        {
            return false;
        }

        foreach (var name in attributes.Classes ?? [])
        {
            if (!ValueKept(name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>HtmlSanitizer removes any attribute whose value holds "&amp;{" (an old script include); escaping keeps both characters.</summary>
    private static bool ValueKept(string? value) => value is null || !value.Contains("&{", StringComparison.Ordinal);
}
