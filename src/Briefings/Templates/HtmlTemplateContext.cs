using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Briefings.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes, except <see cref="Html"/>.
/// Scriban itself escapes nothing; doing it here means no template can forget.
/// Variables are strict, so a misspelt name is an error instead of an empty string.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(TemplateSet templates)
    {
        StrictVariables = true;
        LoopLimit = 0;
        TemplateLoader = templates;
        BuiltinObject.SetValue("include", new TrustedInclude(), readOnly: true);
        foreach (var (path, template) in templates.Parsed)
        {
            CachedTemplates[path] = template;
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case Html html:
                Write(html.Value);
                return this;
            default:
                Write(WebUtility.HtmlEncode(ObjectToString(textAsObject)));
                return this;
        }
    }
}
