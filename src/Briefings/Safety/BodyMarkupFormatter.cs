using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Briefings.Safety;

/// <summary>
/// HtmlSanitizer's output formatter (<see cref="HtmlFormatter"/>), writing the same markup with fewer strings.
/// AngleSharp serialises a tree by asking its formatter for a string per tag: the base formatter makes a new string
/// for every start and end tag, and HtmlSanitizer's a new <see cref="StringBuilder"/> and string for every attribute
/// on top of the tag's. Here a start tag without attributes and every end tag of an allowed element is one string
/// made once per build, and a start tag with attributes is built in one builder per thread. Everything else (other
/// elements, prefixed names, namespaced attributes) goes to the base formatter as before.
/// </summary>
/// <remarks>
/// The base formatter also writes an element's <c>is</c> value (custom elements) when it has no <c>is</c> attribute.
/// AngleSharp gives an element that value only when a script creates it with <c>createElement(name, { is })</c> or clones
/// such an element; parsing never does, and a sanitized body is only ever parsed, so no body's element has one.
/// </remarks>
internal sealed class BodyMarkupFormatter : HtmlFormatter
{
    public static new readonly BodyMarkupFormatter Instance = new();

    private static readonly FrozenDictionary<string, string> StartTags =
        BodySanitizer.Tags.ToFrozenDictionary(tag => tag, tag => $"<{tag}>", StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> EndTags =
        BodySanitizer.Tags.ToFrozenDictionary(tag => tag, tag => $"</{tag}>", StringComparer.Ordinal);

    /// <summary>The builder a start tag with attributes is made in: one per thread, reused.</summary>
    [ThreadStatic]
    private static StringBuilder? _tag;

    public override string OpenTag(IElement element, bool selfClosing)
    {
        if (!string.IsNullOrEmpty(element.Prefix) || !StartTags.TryGetValue(element.LocalName, out var bare))
        {
            return base.OpenTag(element, selfClosing);
        }

        var attributes = element.Attributes;
        if (attributes.Length == 0)
        {
            return bare;
        }

        // By index: the attribute map's enumerator is an object per walk.
        for (var i = 0; i < attributes.Length; i++)
        {
            if (!string.IsNullOrEmpty(attributes[i]!.NamespaceUri))
            {
                return base.OpenTag(element, selfClosing);
            }
        }

        var builder = _tag ??= new StringBuilder();
        builder.Clear().Append('<').Append(element.LocalName);
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            builder.Append(' ').Append(attribute.LocalName).Append("=\"");
            AppendAttributeValue(builder, attribute.Value);
            builder.Append('"');
        }

        return builder.Append('>').ToString();
    }

    public override string CloseTag(IElement element, bool selfClosing) =>
        !selfClosing && string.IsNullOrEmpty(element.Prefix) && EndTags.TryGetValue(element.LocalName, out var end)
            ? end
            : base.CloseTag(element, selfClosing);

    /// <summary>What <see cref="HtmlFormatter"/> escapes in an attribute value: '&amp;', no-break space, '"', '&lt;' and '&gt;'.</summary>
    private static void AppendAttributeValue(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\u00a0':
                    builder.Append("&nbsp;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }
}
