using Briefings.Bench.Corpus;
using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Bench;

public sealed class CorpusGeneratorTests
{
    private static readonly SiteTemplate Template = SiteTemplate.Load(RepositoryRoot.Path);

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        using var work = new TemporaryDirectory();
        var generator = new CorpusGenerator(Template);
        var first = generator.Generate(120, 3, work.Combine("a"));
        var second = generator.Generate(120, 3, work.Combine("b"));
        var other = generator.Generate(120, 4, work.Combine("c"));

        var files = Files(first.Root);
        Assert.Equal(files, Files(second.Root));
        Assert.True(files.Count > 120);
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first.Root, f)), File.ReadAllBytes(Path.Combine(second.Root, f))));
        Assert.NotEqual(files.Where(f => f.EndsWith(".md", StringComparison.Ordinal)), Files(other.Root).Where(f => f.EndsWith(".md", StringComparison.Ordinal)));
    }

    [Fact]
    public void Tags_follow_a_zipf_like_spread_with_one_to_four_per_briefing()
    {
        var plans = new CorpusPlanner(1, Template.Sections, Template.RailSection).Plan(5000);

        Assert.All(plans, p => Assert.InRange(p.Tags.Count, 1, 4));
        Assert.All(plans, p => Assert.Equal(p.Tags.Count, p.Tags.Distinct().Count()));
        var uses = plans.SelectMany(p => p.Tags).CountBy(t => t).ToDictionary();
        Assert.InRange(uses.Count, 55, Vocabulary.Tags.Length);
        Assert.True(uses[Vocabulary.Tags[0]] > 5 * uses[Vocabulary.Tags[29]], "the most common tag should be far more common than the thirtieth");
        Assert.Equal(plans.Count, plans.Select(p => p.Slug).Distinct().Count());
        Assert.All(plans, p => Assert.True(Slugs.Slugger.IsSlug(p.Slug), p.Slug));
        Assert.All(plans, p => Assert.Contains(p.Section, Template.Sections));
        Assert.Equal(["article", "quote", "video"], plans.Select(p => p.Type).Distinct().Order(StringComparer.Ordinal));
        Assert.InRange(plans.Max(p => p.Date) - plans.Min(p => p.Date), TimeSpan.FromDays(700), TimeSpan.FromDays(731));
    }

    [Fact]
    public void A_generated_site_builds_without_a_diagnostic()
    {
        using var work = new TemporaryDirectory();
        var corpus = new CorpusGenerator(Template).Generate(150, 5, work.Combine("site"));

        using var site = BuiltSite.Build(corpus.Root, new BuildOptions { Now = BuiltSite.Now });

        Assert.True(site.Report.Succeeded);
        Assert.Empty(site.Report.Diagnostics);
        var page = site.PageAt("/");
        Assert.NotEmpty(page.QuerySelectorAll("[data-feed-items] > li"));
    }

    [Fact]
    public void The_hugo_peer_reads_the_same_content_through_a_link()
    {
        using var work = new TemporaryDirectory();
        var corpus = new CorpusGenerator(Template).Generate(10, 1, work.Combine("site"), work.Combine("hugo"));

        Assert.Equal(work.Combine("hugo"), corpus.HugoRoot);
        Assert.True(File.Exists(work.Combine("hugo", "hugo.yaml")));
        Assert.True(File.Exists(work.Combine("hugo", "layouts", "_default", "single.html")));
        Assert.Equal(corpus.Content, new DirectoryInfo(work.Combine("hugo", "content")).LinkTarget);
    }

    [Fact]
    public void Regenerating_replaces_only_a_folder_the_generator_made()
    {
        using var work = new TemporaryDirectory();
        var generator = new CorpusGenerator(Template);
        generator.Generate(20, 1, work.Combine("site"));
        var again = generator.Generate(10, 1, work.Combine("site"));
        Assert.Equal(10, Directory.GetFiles(Path.Combine(again.Content, "briefings")).Length);

        Directory.CreateDirectory(work.Combine("mine"));
        File.WriteAllText(work.Combine("mine", "notes.txt"), "keep");
        Assert.Throws<InvalidOperationException>(() => generator.Generate(10, 1, work.Combine("mine")));
        Assert.True(File.Exists(work.Combine("mine", "notes.txt")));
    }

    private static List<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();
}
