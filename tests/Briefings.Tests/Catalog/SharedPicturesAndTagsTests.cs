using Briefings.Site;
using Briefings.Tests.Support;

namespace Briefings.Tests.Catalog;

/// <summary>Pictures and tag spellings many briefings share are looked up once, yet every briefing still gets its own result.</summary>
public sealed class SharedPicturesAndTagsTests
{
    private const string Picture = "image:\n  src: images/{0}\n  alt: A picture";

    [Fact]
    public void Every_briefing_showing_a_missing_picture_gets_its_own_error_at_its_image_line()
    {
        using var folder = new SiteFolder();
        var files = Enumerable.Range(1, 3).Select(day => folder.Write($"item-{day}.md", SiteFolder.Article($"Item {day}", day: day, extra: Extra("nope.svg")))).ToList();
        using var site = BuiltSite.Build(folder.Root);

        var errors = site.Report.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingImage).OrderBy(d => d.File, StringComparer.Ordinal).ToList();
        Assert.Equal(files, errors.Select(e => e.File));
        Assert.All(errors, e => Assert.Equal(6, e.Line));
    }

    [Fact]
    public void Every_briefing_showing_the_same_picture_gets_its_size()
    {
        using var folder = new SiteFolder();
        foreach (var day in Enumerable.Range(1, 12))
        {
            folder.Write($"item-{day}.md", SiteFolder.Article($"Item {day}", day: day, extra: Extra("drone.svg")));
        }

        using var site = BuiltSite.Build(folder.Root);

        var sizes = Enumerable.Range(1, 12)
            .Select(day => site.PageAt($"/item-{day}/").QuerySelector("figure.hero img")!)
            .Select(img => (img.GetAttribute("width"), img.GetAttribute("height")))
            .ToList();
        Assert.All(sizes, size => Assert.Equal(("1200", "675"), size));
    }

    [Fact]
    public void A_rare_spelling_of_a_tag_is_shown_as_the_common_one_with_a_warning_for_each_rare_spelling()
    {
        using var folder = new SiteFolder();
        foreach (var day in Enumerable.Range(1, 3))
        {
            folder.Write($"common-{day}.md", SiteFolder.Article($"Common {day}", day: day).Replace("tags: [Russia]", "tags: [Shadow Fleet]", StringComparison.Ordinal));
        }

        var rare = folder.Write("rare.md", SiteFolder.Article("Rare", day: 9).Replace("tags: [Russia]", "tags: [shadow fleet]", StringComparison.Ordinal));
        using var site = BuiltSite.Build(folder.Root);

        var warning = Assert.Single(site.Report.Diagnostics, d => d.Code == DiagnosticCodes.TagCollision);
        Assert.Equal((rare, 4), (warning.File, warning.Line));
        Assert.Equal("Shadow Fleet", site.PageAt("/rare/").QuerySelector(".tag-list a")?.TextContent);
    }

    private static string Extra(string file) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Picture, file);
}
