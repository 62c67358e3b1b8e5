using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

public sealed class ScheduleTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly SiteFolder _folder = new();

    public ScheduleTests()
    {
        _folder.Write("published.md", Item("Published", "2025-05-01T09:00:00+00:00"));
        _folder.Write("draft.md", Item("Draft", "2025-05-02T09:00:00+00:00", "draft: true"));
        _folder.Write("scheduled.md", Item("Scheduled", "2025-07-01T09:00:00+02:00"));
        _folder.Write("expired.md", Item("Expired", "2025-04-01T09:00:00+00:00", "expires: 2025-05-15T00:00:00+00:00"));
        _folder.Write("not-yet-expired.md", Item("Not yet expired", "2025-04-02T09:00:00+00:00", "expires: 2025-12-31T00:00:00+00:00"));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Drafts_future_and_expired_items_are_held_back_by_default()
    {
        using var site = Build(new BuildOptions { Now = Now });

        Assert.Equal(["not-yet-expired", "published"], Pages(site));
        Assert.DoesNotContain(FeedTitles(site), t => t is "Draft" or "Scheduled" or "Expired");
    }

    [Fact]
    public void The_report_lists_each_held_back_item_with_its_file_and_time()
    {
        using var site = Build(new BuildOptions { Now = Now });

        var heldBack = site.Report.HeldBack.OrderBy(h => h.File, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                ("content/briefings/draft.md", "draft", new DateTimeOffset(2025, 5, 2, 9, 0, 0, TimeSpan.Zero)),
                ("content/briefings/expired.md", "expired", new DateTimeOffset(2025, 5, 15, 0, 0, 0, TimeSpan.Zero)),
                ("content/briefings/scheduled.md", "scheduled", new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(2))),
            ],
            heldBack.Select(h => (h.File, h.Reason, h.When)));
    }

    [Fact]
    public void Drafts_are_published_with_the_drafts_option()
    {
        using var site = Build(new BuildOptions { Now = Now, Drafts = true });

        Assert.Equal(["draft", "not-yet-expired", "published"], Pages(site));
    }

    [Fact]
    public void Future_items_are_published_with_the_future_option()
    {
        using var site = Build(new BuildOptions { Now = Now, Future = true });

        Assert.Equal(["not-yet-expired", "published", "scheduled"], Pages(site));
    }

    [Fact]
    public void An_item_is_published_once_its_time_has_come_and_hidden_once_it_expires()
    {
        using var later = Build(new BuildOptions { Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        Assert.Equal(["published", "scheduled"], Pages(later));
    }

    [Fact]
    public void A_date_without_an_offset_is_read_in_the_site_time_zone_with_a_warning()
    {
        var file = _folder.Write("local.md", Item("Local", "2025-05-03T09:00:00"));

        using var site = Build(new BuildOptions { Now = Now });

        var warning = Assert.Single(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.DateWithoutOffset);
        Assert.Equal(file, warning.File);
        Assert.Equal(3, warning.Line);
        Assert.Equal(Engine.Diagnostics.Severity.Warning, warning.Severity);
        // site.yml says Europe/Kyiv: in May that is UTC+3.
        Assert.Equal("2025-05-03T09:00:00+03:00", site.PageAt("/local/").QuerySelector("article time")?.GetAttribute("datetime"));
    }

    private BuiltSite Build(BuildOptions options) => BuiltSite.Build(_folder.Root, options);

    private static List<string> Pages(BuiltSite site) =>
        site.Files()
            .Where(f => f.EndsWith("/index.html", StringComparison.Ordinal) && f.Count(c => c == '/') == 1 && site.Page(f).QuerySelector("main article.article") is not null)
            .Select(f => f[..f.IndexOf('/', StringComparison.Ordinal)])
            .ToList();

    private static IEnumerable<string> FeedTitles(BuiltSite site)
    {
        using var reader = System.Xml.XmlReader.Create(Path.Combine(site.Output, "rss.xml"));
        return System.ServiceModel.Syndication.SyndicationFeed.Load(reader).Items.Select(i => i.Title.Text).ToList();
    }

    private static string Item(string title, string date, string extra = "") => $"""
        ---
        title: {title}
        date: {date}
        summary: A summary.
        {extra}
        ---
        Body.
        """;
}
