using System.Collections.Immutable;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Dom;
using Briefings.Templates;
using Ganss.Xss;

namespace Briefings.Safety;

/// <summary>
/// The allowlist every rendered briefing body passes through (raw HTML in Markdown, Markdig's generic
/// attributes, autolinks and media links alike). Anything not listed here is removed: the lists are the
/// documentation (docs/security.md repeats them for editors). Built once per build; HtmlSanitizer's
/// <c>Sanitize</c> is thread-safe once configured, the frame rule below keeps no state, and the buffer markup is
/// serialised into is one per thread.
/// </summary>
public sealed class BodySanitizer
{
    /// <summary>Prose, lists, tables, figures, disclosure widgets, code, and media (video, frames from listed hosts).</summary>
    public static readonly ImmutableArray<string> Tags =
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn",
        "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img",
        "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "source", "span", "strong",
        "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "video", "wbr",
    ];

    /// <summary>
    /// Attributes, on any allowed element. No event handlers, no <c>srcdoc</c>, no <c>target</c> (so no
    /// opener to abuse), no <c>data-*</c>. <c>style</c> is kept only for <c>text-align</c>, which Markdig
    /// writes for aligned table columns.
    /// </summary>
    public static readonly ImmutableArray<string> Attributes =
    [
        "abbr", "alt", "cite", "class", "colspan", "controls", "datetime", "dir", "headers", "height", "href", "id", "lang",
        "open", "poster", "rel", "reversed", "rowspan", "scope", "span", "src", "start", "style", "title", "type", "width",
    ];

    /// <summary>Schemes allowed in URL attributes (href, src, poster, cite…). Relative URLs are always allowed; data: is not.</summary>
    public static readonly ImmutableArray<string> Schemes = ["http", "https", "mailto"];

    public static readonly ImmutableArray<string> CssProperties = ["text-align"];

    /// <summary>What every frame gets, whatever the editor wrote: no top-level navigation, no forms, no referrer path.</summary>
    public static readonly ImmutableArray<(string Name, string Value)> FrameAttributes =
    [
        ("allow", "encrypted-media; picture-in-picture; fullscreen"),
        ("allowfullscreen", string.Empty),
        ("loading", "lazy"),
        ("referrerpolicy", "strict-origin-when-cross-origin"),
        ("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups"),
    ];

    private const string DefaultFrameTitle = "Embedded video";

    private readonly AllowlistSanitizer _sanitizer;
    private readonly ImmutableArray<string> _embedHosts;

    public BodySanitizer(ImmutableArray<string> embedHosts)
    {
        _embedHosts = embedHosts;
        _sanitizer = new AllowlistSanitizer(AllowlistOptions())
        {
            OutputFormatter = BodyMarkupFormatter.Instance, // HtmlSanitizer's own markup, made with fewer strings
        };
    }

    /// <summary>The lists above as HtmlSanitizer's options (a new set each time: HtmlSanitizer keeps and may change them).</summary>
    public static HtmlSanitizerOptions AllowlistOptions() => new()
    {
        AllowedTags = Tags.ToHashSet(StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = Attributes.ToHashSet(StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = Schemes.ToHashSet(StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = CssProperties.ToHashSet(StringComparer.OrdinalIgnoreCase),
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        AllowDataAttributes = false,
    };

    /// <summary>
    /// Whether HtmlSanitizer leaves <paramref name="url"/>, the value of a URL attribute (an <c>a</c>'s <c>href</c>),
    /// exactly as it is: a relative URL or one of <see cref="Schemes"/>, with nothing for it to trim. Its own rule, asked directly.
    /// </summary>
    public bool KeepsUrl(string url) => _sanitizer.Keeps(url);

    /// <summary>
    /// The markup of each body this thread sanitizes is serialised here before it is copied out (as UTF-8 or a
    /// string): one buffer per thread, reused, holding at most one body (bodies are bounded by <see cref="BodyLimits"/>).
    /// </summary>
    [ThreadStatic]
    private static CharBufferWriter? _markup;

    public string Sanitize(string html)
    {
        var document = Clean(html.AsMemory());
        try
        {
            return new string(Serialize(document));
        }
        finally
        {
            Release(document);
        }
    }

    /// <summary>
    /// Lets go of a document this sanitizer returned, in place of its <c>Dispose</c>: what of that matters for a
    /// parsed body is giving the parser's buffers back to their pools (its tree builder's, which also closes the
    /// source), so the next body's parse takes them instead of new ones. <c>Dispose</c> first empties the tree node by
    /// node (each removal walks the subtree for base elements and popovers: ten times the rest of the teardown, for a
    /// tree that is garbage anyway), and stops what could run later (an event loop's tasks, loading scripts, cancellation
    /// sources of pending loads), which a sanitizer's document never has: HtmlSanitizer's browsing context has no event
    /// loop, scripting, loader or requester, and nothing was loaded. Nothing may read the document afterwards.
    /// </summary>
    public static void Release(IHtmlDocument document)
    {
        if (document is IConstructableDocument { Builder: { } builder })
        {
            builder.Dispose();
        }
        else
        {
            document.Dispose();
        }
    }

    /// <inheritdoc cref="SanitizeDocument(ReadOnlyMemory{char})"/>
    public (IHtmlDocument Document, Html Markup) SanitizeDocument(string html) => SanitizeDocument(html.AsMemory());

    /// <summary>
    /// Sanitizes <paramref name="html"/> and returns the cleaned tree with its markup, held as UTF-8, so a caller
    /// that reads more from the body (its text facts) need not parse the markup again. The caller lets the document go
    /// with <see cref="Release"/>. The markup is exactly what <see cref="Sanitize"/> returns. Markup that is the end of a string or array
    /// holding <see cref="ReadOnlySource.DocumentPrefix"/> before it is parsed where it lies (see <see cref="ReadOnlySource"/>).
    /// </summary>
    public (IHtmlDocument Document, Html Markup) SanitizeDocument(ReadOnlyMemory<char> html)
    {
        var document = Clean(html);
        return (document, Html.FromUtf8(Serialize(document)));
    }

    /// <summary>
    /// HtmlSanitizer's allowlist, then the frame rule. The frame rule runs where HtmlSanitizer's last step (its
    /// <c>PostProcessDom</c> event) would run it, after the allowlist, and only when the markup may hold a frame.
    /// </summary>
    private IHtmlDocument Clean(ReadOnlyMemory<char> html)
    {
        var document = ReadOnlySource.CanRead(html.Span) ? SanitizeReadOnly(html) : _sanitizer.SanitizeDom(html.ToString());
        if (document.Body is { } body && MayHoldFrames(html.Span))
        {
            ConfineFrames(body);
        }

        return document;
    }

    /// <summary>
    /// Whether parsing <paramref name="html"/> can make an <c>iframe</c> element: the HTML parser makes one only from a
    /// start tag, <c>&lt;</c> right before the tag name, whose letters it lower-cases if they are ASCII capitals (and a NUL
    /// in a name becomes U+FFFD, so a name cannot be split); no entity or other markup makes one. Few bodies embed a
    /// player, and a search of the markup costs far less than a walk of the tree for frames.
    /// </summary>
    internal static bool MayHoldFrames(ReadOnlySpan<char> html) => html.Contains("<iframe", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The body's markup as AngleSharp's <c>ToHtml(formatter)</c> of its child nodes writes it, but into this thread's
    /// buffer instead of a string: valid until this thread serialises the next body.
    /// </summary>
    /// <remarks>
    /// AngleSharp serialises a node list node by node, each with a walk of its own (an enumerator and a stack per
    /// top-level paragraph); the body is serialised in one walk instead, and its own tags cut off. The sanitizer
    /// leaves the body no attributes, so they are exactly <c>&lt;body&gt;</c> and <c>&lt;/body&gt;</c>; should they
    /// ever be anything else, the body's child nodes are serialised one by one as before.
    /// </remarks>
    private ReadOnlySpan<char> Serialize(IHtmlDocument document)
    {
        var writer = _markup ??= new CharBufferWriter();
        writer.Clear();
        if (document.Body is not { } body)
        {
            return default;
        }

        body.ToHtml(writer, _sanitizer.OutputFormatter);
        var markup = writer.WrittenSpan;
        if (markup.StartsWith(BodyStartTag) && markup.EndsWith(BodyEndTag))
        {
            return markup[BodyStartTag.Length..^BodyEndTag.Length];
        }

        writer.Clear();
        body.ChildNodes.ToHtml(writer, _sanitizer.OutputFormatter);
        return writer.WrittenSpan;
    }

    private const string BodyStartTag = "<body>";
    private const string BodyEndTag = "</body>";

    /// <summary>
    /// What HtmlSanitizer's <c>SanitizeDom(string)</c> does, step for step, with its own parser, but with the
    /// markup handed to that parser as read-only memory (see <see cref="ReadOnlySource"/>): the same tree,
    /// parsed about three times faster.
    /// </summary>
    private IHtmlDocument SanitizeReadOnly(ReadOnlyMemory<char> html)
    {
        var document = ReadOnlySource.Parse(_sanitizer.HtmlParserFactory(), html);
        // Markup after the wrapper can add attributes to these three (<body onload>); HtmlSanitizer strips them all before sanitizing.
        RemoveAttributes(document.DocumentElement);
        RemoveAttributes(document.Head);
        RemoveAttributes(document.Body);
        return document.Body is { } body ? _sanitizer.SanitizeDom(document, body) : document;
    }

    /// <summary>Removes every attribute of <paramref name="element"/>, last first (by index: nearly always there are none, and no list is made for them).</summary>
    private static void RemoveAttributes(IElement? element)
    {
        for (var i = (element?.Attributes.Length ?? 0) - 1; i >= 0; i--)
        {
            var attribute = element!.Attributes[i]!;
            element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
        }
    }

    /// <summary>Removes frames whose player is not an https page on a listed host, and gives the rest the fixed attribute set.</summary>
    private void ConfineFrames(IElement body)
    {
        foreach (var frame in body.QuerySelectorAll("iframe").ToList())
        {
            var src = frame.GetAttribute("src");
            if (src is null || !EmbedHosts.Allows(_embedHosts, src))
            {
                frame.Remove();
                continue;
            }

            frame.SetAttribute("title", string.IsNullOrWhiteSpace(frame.GetAttribute("title")) ? DefaultFrameTitle : frame.GetAttribute("title"));
            foreach (var (name, value) in FrameAttributes)
            {
                frame.SetAttribute(name, value);
            }
        }
    }

    /// <summary>HtmlSanitizer, with its URL rule open to <see cref="KeepsUrl"/>.</summary>
    private sealed class AllowlistSanitizer(HtmlSanitizerOptions options) : HtmlSanitizer(options)
    {
        /// <summary>The rule's answer for a link's <c>href</c> (the element is only handed to events, and this sanitizer has none).</summary>
        public bool Keeps(string url) => SanitizeUrl(null!, url, string.Empty) == url;
    }
}
