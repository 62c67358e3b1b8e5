using AngleSharp.Html.Parser;
using Briefings.Cli.Tests.Support;
using Briefings.Tests.Support;

namespace Briefings.Cli.Tests.New;

/// <summary><c>briefings new</c> starts a briefing that builds as it is, and never overwrites one.</summary>
public sealed class NewCommandTests
{
    [Theory]
    [InlineData("article")]
    [InlineData("quote")]
    [InlineData("video")]
    public async Task A_new_briefing_builds_into_its_own_page(string type)
    {
        using var site = new SiteFolder();

        var created = await BriefingsCli.RunAsync("new", "Kyïv talks: what's next?", "--type", type, "--tags", "Diplomacy, Ukraine", "--root", site.Root);

        Assert.Equal(0, created.ExitCode);
        Assert.Equal("content/briefings/kyiv-talks-what-s-next.md", created.Output.Trim());
        var text = File.ReadAllText(site.Combine("content", "briefings", "kyiv-talks-what-s-next.md"));
        Assert.Contains($"type: {type}", text, StringComparison.Ordinal);

        var output = site.Combine("output");
        var built = await BriefingsCli.RunAsync("build", "--root", site.Root, "--output", output);

        Assert.True(built.ExitCode == 0, built.Output + built.Errors);
        Assert.Contains("0 warnings, 0 errors", built.Output, StringComparison.Ordinal);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "kyiv-talks-what-s-next", "index.html")));
        Assert.Equal("Kyïv talks: what's next?", page.QuerySelector("h1")?.TextContent.Trim());
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Contains(home.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "/kyiv-talks-what-s-next/");
    }

    [Fact]
    public async Task The_front_matter_is_complete_with_optional_fields_commented_out()
    {
        using var site = new SiteFolder();

        await BriefingsCli.RunAsync("new", "Plain title", "--root", site.Root);

        var lines = File.ReadAllLines(site.Combine("content", "briefings", "plain-title.md"));
        Assert.Equal("---", lines[0]);
        Assert.Equal("title: \"Plain title\"", lines[1]);
        // Now, in the site's time zone (Europe/Kyiv in the sample configuration) with its offset.
        Assert.Matches(@"^date: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[23]:00$", lines[2]);
        var date = DateTimeOffset.Parse(lines[2]["date: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(DateTimeOffset.UtcNow - date, TimeSpan.Zero, TimeSpan.FromMinutes(10));
        foreach (var key in new[] { "section", "tags", "summary", "source", "author", "image", "related", "expires", "draft" })
        {
            Assert.Contains(lines, line => line.StartsWith($"# {key}:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task It_refuses_to_overwrite_an_existing_briefing()
    {
        using var site = new SiteFolder();
        var path = site.Write("taken.md", SiteFolder.Article("Taken"));
        var before = File.ReadAllText(site.Combine(path.Split('/')));

        var run = await BriefingsCli.RunAsync("new", "Taken", "--root", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/briefings/taken.md already exists", run.Errors, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(site.Combine(path.Split('/'))));
    }

    [Fact]
    public async Task A_title_without_letters_or_digits_is_refused()
    {
        using var site = new SiteFolder();

        var run = await BriefingsCli.RunAsync("new", "?!", "--root", site.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no letters or digits", run.Errors, StringComparison.Ordinal);
    }
}
