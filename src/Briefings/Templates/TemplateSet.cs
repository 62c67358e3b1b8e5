using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Briefings.Engine.Diagnostics;
using Briefings.Site;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Templates;

/// <summary>
/// Every template of the site, parsed once per build. Templates are named by their path under
/// templates/ without the extension ("article", "partials/card"); partials are included by that name.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    public const string Directory = "templates";

    private TemplateSet(ImmutableSortedDictionary<string, Template> parsed, string fingerprint)
    {
        Parsed = parsed;
        Fingerprint = fingerprint;
        _contexts = new TemplateContextPool(this, HtmlTemplateContext.CreateBuiltins());
        Partials = new RenderedPartials(PurePartials.Find(parsed));
    }

    /// <summary>The markup of pure partials rendered so far in this build.</summary>
    internal RenderedPartials Partials { get; }

    /// <summary>Contexts reused by every render of this set; they share Scriban's builtins, made once (see <see cref="HtmlTemplateContext.CreateBuiltins"/>).</summary>
    private readonly TemplateContextPool _contexts;

    public ImmutableSortedDictionary<string, Template> Parsed { get; }

    /// <summary>A hash of every template's name and text: a rendered page can be reused only while it is unchanged.</summary>
    public string Fingerprint { get; }

    /// <summary>Parses the templates, reporting every syntax error with its file and line.</summary>
    public static TemplateSet Parse(IEnumerable<(string Name, string File, string Text)> sources, Action<Diagnostic> report)
    {
        var parsed = ImmutableSortedDictionary.CreateBuilder<string, Template>(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, file, text) in sources.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}\0{text}\0"));
            var template = Template.Parse(text, file);
            if (template.HasErrors)
            {
                // Scriban often reports one mistake twice at the same spot ("invalid token", then "unexpected }").
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error).DistinctBy(m => (m.Span.Start.Line, m.Span.Start.Column)))
                {
                    report(Located(file, message.Span, $"Template syntax error: {message.Message}"));
                }

                continue;
            }

            parsed[name] = template;
        }

        return new TemplateSet(parsed.ToImmutable(), Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public bool Contains(string name) => Parsed.ContainsKey(name);

    /// <summary>Renders a template with the given global variables, turning a runtime failure into a located diagnostic.</summary>
    public string Render(string name, ScriptObject globals)
    {
        var template = Find(name);
        return Located(() => _contexts.Render(template, globals));
    }

    /// <summary>
    /// Renders a page as the UTF-8 bytes to write: its template, then <paramref name="layout"/> around it, which
    /// receives the template's output as <c>content</c>. A runtime failure becomes a located diagnostic.
    /// </summary>
    /// <returns>The bytes in an array rented from a pool: the caller owns them, and disposes them to give the array back.</returns>
    public IMemoryOwner<byte> RenderPage(string name, string layout, ScriptObject globals)
    {
        var page = Find(name);
        return Located(() => _contexts.RenderPage(page, () => Find(layout), globals));
    }

    private Template Find(string name) => Parsed.TryGetValue(name, out var template)
        ? template
        : throw new BuildException(Diagnostic.Error(
            DiagnosticCodes.TemplateError, $"There is no template '{name}'.", $"{Directory}/{name}.html", hint: $"create {Directory}/{name}.html"));

    private static T Located<T>(Func<T> render)
    {
        try
        {
            return render();
        }
        catch (ScriptRuntimeException e)
        {
            throw new BuildException(Located(e.Span.FileName, e.Span, e.OriginalMessage));
        }
    }

    public static Diagnostic Located(string? file, SourceSpan span, string message) =>
        Diagnostic.Error(DiagnosticCodes.TemplateError, message, file, span.Start.Line + 1, span.Start.Column + 1);

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"There is no template '{templatePath}' to include (looked for {Directory}/{templatePath}.html).");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));
}
