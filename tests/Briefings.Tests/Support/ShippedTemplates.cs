using Briefings.Templates;

namespace Briefings.Tests.Support;

/// <summary>The repository's own templates/, parsed as a build parses them (named by their path without <c>.html</c>).</summary>
public static class ShippedTemplates
{
    public static TemplateSet Parse() => TemplateSet.Parse(Sources(), diagnostic => Assert.Fail(diagnostic.Message));

    public static IEnumerable<(string Name, string File, string Text)> Sources()
    {
        var root = Path.Combine(RepositoryRoot.Path, TemplateSet.Directory);
        return Directory.GetFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(file => (Path.GetRelativePath(root, file)[..^".html".Length].Replace('\\', '/'), file, File.ReadAllText(file)));
    }
}
