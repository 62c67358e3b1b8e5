using Briefings.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Tests.Templates;

/// <summary>
/// Briefings renders synchronously, but <c>include</c> still answers an asynchronous render (Scriban's
/// <c>RenderAsync</c>) with the same text: it includes synchronously there too (see <see cref="TrustedInclude"/>).
/// </summary>
public sealed class TrustedIncludeTests
{
    [Fact]
    public async Task An_include_rendered_asynchronously_writes_what_a_synchronous_render_writes()
    {
        const string page = "<ul>\n  {{ include \"item\" \"one\" }}\n  {{ v = include \"item\" \"two\" }}{{ v }}\n</ul>\n";

        var synchronous = Template.Parse(page, "page").Render(Context());
        var asynchronous = await Template.Parse(page, "page").RenderAsync(Context());

        Assert.Equal("<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>\n", synchronous);
        Assert.Equal(synchronous, asynchronous);
    }

    /// <summary>A plain Scriban context whose <c>include</c> is ours.</summary>
    private static TemplateContext Context()
    {
        var context = new TemplateContext { StrictVariables = true, TemplateLoader = new Loader() };
        context.BuiltinObject.SetValue("include", new TrustedInclude(), readOnly: true);
        return context;
    }

    private sealed class Loader : ITemplateLoader
    {
        private const string Item = "<li>{{ $1 }}</li>";

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Item;

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Item);
    }
}
