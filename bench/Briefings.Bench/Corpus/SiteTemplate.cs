using YamlDotNet.RepresentationModel;

namespace Briefings.Bench.Corpus;

/// <summary>
/// The repository a corpus is modelled on: its templates/ and site.yml are copied into every generated
/// site, so a generated site always exercises the current page set; section ids come from its site.yml.
/// </summary>
public sealed class SiteTemplate
{
    private SiteTemplate(string repository, IReadOnlyList<string> sections, string railSection)
    {
        Repository = repository;
        Sections = sections;
        RailSection = railSection;
    }

    public string Repository { get; }

    public IReadOnlyList<string> Sections { get; }

    /// <summary>The section most quotes and videos go to (site.yml's rail.section, else its last section).</summary>
    public string RailSection { get; }

    public string Templates => Path.Combine(Repository, "templates");

    public string SiteSettings => Path.Combine(Repository, "site.yml");

    public string HugoPeer => Path.Combine(Repository, "bench", "peers", "hugo");

    public static SiteTemplate Load(string repository)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(Path.Combine(repository, "site.yml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var sections = root.Children.TryGetValue("sections", out var list) && list is YamlSequenceNode sequence
            ? sequence.OfType<YamlMappingNode>().Select(s => ((YamlScalarNode)s["id"]).Value!).ToList()
            : ["world"];
        var rail = root.Children.TryGetValue("rail", out var railNode) && railNode is YamlMappingNode railMap && railMap.Children.TryGetValue("section", out var id)
            ? ((YamlScalarNode)id).Value!
            : sections[^1];
        return new SiteTemplate(repository, sections, rail);
    }

    /// <summary>The checkout holding Briefings.sln above <paramref name="start"/> (the harness runs from inside it).</summary>
    public static string FindRepository(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Briefings.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Briefings.sln above {start}: pass --repo.");
    }
}
