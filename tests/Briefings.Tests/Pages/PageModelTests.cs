using Briefings.Pages;
using Briefings.Tests.Support;

namespace Briefings.Tests.Pages;

[Collection(SampleSiteCollection.Name)]
public sealed class PageModelTests(SampleSiteFixture fixture)
{
    [Fact]
    public void A_deferred_page_view_is_made_when_read_not_when_the_model_is_made()
    {
        var made = 0;
        var model = PageModel.Deferred("article", "article", "https://example.org/a/", () =>
        {
            made++;
            return new PageView { Kind = "article", Title = "A", Description = "About A.", Url = "/a/", CanonicalUrl = "https://example.org/a/" };
        }, ("answer", 42));

        Assert.Equal(0, made);
        Assert.Equal("article", model.Kind);
        Assert.Equal("https://example.org/a/", model.CanonicalUrl);
        Assert.Equal(42, model.Data["answer"]);
        Assert.Equal(0, made);

        Assert.Equal("About A.", model.Page.Description);
        Assert.Equal(1, made);
    }

    [Fact]
    public void A_given_page_view_gives_the_model_its_kind_and_canonical_url()
    {
        var page = new PageView { Kind = "tag", Title = "EU", Description = "Tagged EU.", Url = "/tags/eu/", CanonicalUrl = "https://example.org/tags/eu/" };

        var model = PageModel.Of("tag", page);

        Assert.Same(page, model.Page);
        Assert.Equal("tag", model.Kind);
        Assert.Equal("https://example.org/tags/eu/", model.CanonicalUrl);
    }

    [Fact]
    public void Every_page_of_the_sample_site_says_of_itself_the_kind_and_canonical_url_its_model_gives()
    {
        var models = Models();

        Assert.Contains(models, m => m.Kind == "article");
        Assert.All(models, model =>
        {
            var page = model.Page;
            Assert.Equal(model.Kind, page.Kind);
            Assert.Equal(model.CanonicalUrl, page.CanonicalUrl);
        });
    }

    [Fact]
    public void An_item_page_made_when_rendered_carries_its_description_and_json_ld()
    {
        var item = Models().First(m => m.Kind == "article");

        var first = item.Page;
        var second = item.Page;

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.False(string.IsNullOrEmpty(first.Description));
        Assert.NotNull(first.StructuredData);
    }

    private List<PageModel> Models() =>
        [.. fixture.Site.Report.Documents
            .Select(d => d.Metadata.TryGet(PageModel.Key, out var model) ? model : null)
            .OfType<PageModel>()];
}
