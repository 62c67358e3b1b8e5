using Briefings.Engine.Diagnostics;
using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Authors;

/// <summary>Small sites with their own profiles: unknown authors and bad profiles.</summary>
public sealed class AuthorProfileTests
{
    private const string Jane = """
        name: Jane Doe
        bio: Covers things.
        avatar: images/authors/news-desk.svg
        """;

    [Fact]
    public void A_briefing_naming_no_profile_shows_the_name_with_a_warning_at_its_author_line()
    {
        using var folder = new SiteFolder();
        var file = folder.Write("anon.md", SiteFolder.Article("Anonymous", extra: "author: Sam Nobody"));
        using var site = BuiltSite.Build(folder.Root);

        var warning = Assert.Single(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.UnknownAuthor);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(file, warning.File);
        Assert.Equal(6, warning.Line);
        Assert.True(site.Report.Published);

        var page = site.PageAt("/anon/");
        Assert.Equal("Sam Nobody", page.QuerySelector(".author-box__name")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll(".author-box a, .byline a"));
        Assert.Contains("Sam Nobody", page.QuerySelector(".byline")!.TextContent);
        Assert.False(site.Exists("authors/sam-nobody/index.html"));
    }

    [Fact]
    public async Task Check_reports_an_unknown_author_without_writing_anything()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("content/authors/jane-doe.yml", Jane);
        var file = folder.Write("typo.md", SiteFolder.Article("Typo", extra: "author: jane-do"));

        var report = await new SiteBuilder(new System.IO.Abstractions.FileSystem()).BuildAsync(folder.Root, null, new BuildOptions { Now = BuiltSite.Now }, cancellationToken: TestContext.Current.CancellationToken);

        var warning = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.UnknownAuthor);
        Assert.Equal(file, warning.File);
        Assert.Equal(6, warning.Line);
        Assert.Equal("did you mean 'jane-doe'?", warning.Hint);
        Assert.True(report.Succeeded);
    }

    [Fact]
    public void A_profile_becomes_an_author_page_and_the_briefings_author_box()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("content/authors/jane-doe.yml", Jane + "\nlinks:\n  - title: Site\n    url: https://jane.example/\n");
        folder.Write("by-jane.md", SiteFolder.Article("By Jane", extra: "author: jane-doe"));
        folder.Write("by-nobody.md", SiteFolder.Article("By nobody", day: 2));
        using var site = BuiltSite.Build(folder.Root);

        Assert.True(site.Report.Succeeded, string.Join(Environment.NewLine, site.Report.Diagnostics));
        Assert.Equal(["by-jane"], Listing.Slugs(site, "/authors/jane-doe/"));
        var box = site.PageAt("/by-jane/").QuerySelector(".author-box")!;
        Assert.Equal("Portrait of Jane Doe", box.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("/authors/jane-doe/", box.QuerySelector(".author-box__name a")!.GetAttribute("href"));
        Assert.Null(site.PageAt("/by-nobody/").QuerySelector(".author-box"));
        Assert.Equal(["https://jane.example/"], site.PageAt("/authors/jane-doe/").QuerySelectorAll(".author-header__links a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Every_page_of_an_authors_briefings_shows_that_authors_box()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("content/authors/jane-doe.yml", Jane);
        for (var day = 1; day <= 3; day++)
        {
            folder.Write($"jane-{day}.md", SiteFolder.Article($"Jane {day}", day: day, extra: "author: jane-doe"));
            folder.Write($"sam-{day}.md", SiteFolder.Article($"Sam {day}", day: day, extra: "author: Sam Nobody"));
        }

        using var site = BuiltSite.Build(folder.Root);

        Assert.True(site.Report.Published);
        for (var day = 1; day <= 3; day++)
        {
            var jane = site.PageAt($"/jane-{day}/").QuerySelector(".author-box")!;
            var sam = site.PageAt($"/sam-{day}/").QuerySelector(".author-box")!;
            Assert.Equal("Jane Doe", jane.QuerySelector(".author-box__name a")!.TextContent);
            Assert.Equal("/authors/jane-doe/", jane.QuerySelector(".author-box__more a")!.GetAttribute("href"));
            Assert.Equal("Sam Nobody", sam.QuerySelector(".author-box__name")!.TextContent.Trim());
            Assert.Empty(sam.QuerySelectorAll("a, img"));
        }
    }

    [Fact]
    public void An_avatar_group_sets_its_own_alt_text()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("content/authors/desk.yml", "name: Desk\navatar:\n  src: images/authors/news-desk.svg\n  alt: The desk's logo\n");
        folder.Write("a.md", SiteFolder.Article("A", extra: "author: desk"));
        using var site = BuiltSite.Build(folder.Root);

        Assert.Equal("The desk's logo", site.PageAt("/a/").QuerySelector(".author-box img")!.GetAttribute("alt"));
    }

    [Fact]
    public void A_bad_profile_is_reported_with_file_and_line_and_nothing_is_published()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("content/authors/bad.yml", "bio: No name here.\navatr: images/x.svg\nlinks:\n  - title: Home\n    url: not a url\n");
        folder.Write("a.md", SiteFolder.Article("A", extra: "author: bad"));
        using var site = BuiltSite.Build(folder.Root);

        var missing = Assert.Single(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.MissingField);
        Assert.Equal(("content/authors/bad.yml", 1, Severity.Error), (missing.File, missing.Line, missing.Severity));
        Assert.Contains("'name'", missing.Message);
        var unknown = Assert.Single(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal((2, Severity.Warning, "did you mean 'avatar'?"), (unknown.Line, unknown.Severity, unknown.Hint));
        var url = Assert.Single(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.WrongType);
        Assert.Equal(5, url.Line);
        Assert.False(site.Report.Published);
    }

    [Fact]
    public void A_profile_that_is_not_yaml_is_an_error_at_its_line()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("content/authors/broken.yml", "name: Broken\nbio: \"never closed\n");
        using var site = BuiltSite.Build(folder.Root);

        var error = Assert.Single(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.InvalidYaml);
        Assert.Equal("content/authors/broken.yml", error.File);
        Assert.InRange(error.Line ?? 0, 2, 3);
    }

    [Fact]
    public void A_missing_avatar_is_an_error_at_the_avatar_line()
    {
        using var folder = new SiteFolder();
        folder.WriteFile("content/authors/jane-doe.yml", "name: Jane Doe\navatar: images/authors/nope.svg\n");
        using var site = BuiltSite.Build(folder.Root);

        var error = Assert.Single(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.MissingImage);
        Assert.Equal(("content/authors/jane-doe.yml", 2), (error.File, error.Line));
    }
}
