using AngleSharp;
using AngleSharp.Html.Parser;
using Briefings.Bench.Corpus;
using Briefings.Markdown;
using Briefings.Reading;
using Briefings.Related;
using Briefings.Safety;
using Briefings.Tests.Hostile;
using Briefings.Tests.Support;
using CsCheck;

namespace Briefings.Tests.Safety;

/// <summary>
/// A body the allowlist admits skips HtmlSanitizer: its markup must be what sanitizing leaves as it is, and its text facts
/// those of the sanitized tree. Checked on every fixture and sample briefing, a generated corpus and random Markdown.
/// </summary>
public sealed class MarkdownAllowlistTests
{
    private static readonly BodySanitizer Sanitizer = new(EmbedHosts.Defaults);

    /// <summary>As a site under /briefings/ rewrites links written from its root.</summary>
    private static string Rewrite(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? "/briefings" + url : url;

    [Theory]
    [InlineData("Plain words.\n\nA second paragraph with *emphasis*, **strong**, `code` and a [link](https://example.org/a?b=1&c=2 \"Title\").")]
    [InlineData("# Heading\n\n## Sub heading {#custom-id .lead}\n\n- one\n- two\n  1. nested\n\n> A quote\n> over lines\n\n---\n\nAfter.")]
    [InlineData("Links: [root](/other-briefing/), [relative](other/), [fragment](#top), [mail](mailto:desk@example.org), <https://example.org>, <desk@example.org>, www.example.org and https://example.org/x.")]
    [InlineData("Extras: ~~gone~~, ~sub~, ^sup^, ++inserted++, ==marked==, &copy; &amp; \"quotes\" < > and a hard  \nbreak.")]
    [InlineData("A [reference][ref] link.\n\n[ref]: https://example.org/ref \"Ref\"")]
    [InlineData("3. starts at three\n4. four\n\na. lettered\nb. list")]
    public void Bodies_of_listed_kinds_are_admitted(string markdown)
    {
        var document = BriefingMarkdown.Parse(markdown);

        Assert.True(MarkdownAllowlist.Admits(document, Rewrite, Sanitizer.KeepsUrl));
        AssertSanitizingChangesNothing(document);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[at half past ten](page?at=10:30)")] // a colon before any slash reads as a scheme: HtmlSanitizer drops the href
    [InlineData("[x](<javascript:alert(1)>)")]
    [InlineData("A line&#10;feed written as an entity.")]
    [InlineData("A carriage&#13;return written as an entity.")]
    [InlineData("[x](https://example.org \"a &{b}\")")]
    [InlineData("Raw <b>bold</b> HTML.")]
    [InlineData("<div>\nblock\n</div>")]
    [InlineData("![alt](picture.png)")]
    [InlineData("![video](https://www.youtube.com/watch?v=x)")]
    [InlineData("| a | b |\n|:--|--:|\n| 1 | 2 |")]
    [InlineData("A paragraph {onclick=\"alert(1)\"}")]
    [InlineData("[x](/y){data-x=1}")]
    [InlineData("- [ ] a task")]
    [InlineData("```js\ncode\n```")]
    [InlineData("    indented code")]
    [InlineData("Text[^1].\n\n[^1]: A note.")]
    [InlineData("> [!NOTE]\n> An alert.")]
    [InlineData("*[HTML]: Hyper Text Markup Language\n\nHTML here.")]
    [InlineData("Term\n:   Definition")]
    [InlineData("::: note\ncontainer\n:::")]
    [InlineData("$x^2$ maths")]
    public void Bodies_the_sanitizer_may_change_are_not_admitted(string markdown)
    {
        Assert.False(MarkdownAllowlist.Admits(BriefingMarkdown.Parse(markdown), Rewrite, Sanitizer.KeepsUrl));
    }

    [Theory]
    [InlineData("Before\rafter.", false)] // the HTML parser reads a carriage return as a line feed
    [InlineData("Before\0after.", false)] // and drops a NUL in text
    [InlineData("<p>Before &amp; after.</p>", true)]
    public void Markup_must_parse_back_to_the_same_text(string markup, bool same)
    {
        Assert.Equal(same, MarkdownAllowlist.ParsesAsWritten(markup));
        var text = new HtmlParser().ParseDocument(ReadOnlySource.DocumentPrefix + markup).Body!.TextContent;
        Assert.Equal(same, text == markup.Replace("<p>", string.Empty, StringComparison.Ordinal).Replace("</p>", string.Empty, StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://example.org/a?b=1", true)]
    [InlineData("http://example.org", true)]
    [InlineData("mailto:desk@example.org", true)]
    [InlineData("/briefings/other/", true)]
    [InlineData("#top", true)]
    [InlineData("", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JAVASCRIPT:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("page?at=10:30", false)]
    [InlineData(" https://example.org", false)]
    public void The_url_rule_is_htmlsanitizers(string url, bool kept)
    {
        Assert.Equal(kept, Sanitizer.KeepsUrl(url));
        var sanitized = new HtmlParser().ParseFragment(Sanitizer.Sanitize($"<a href=\"{url}\">x</a>"), new HtmlParser().ParseDocument(string.Empty).Body!)
            .OfType<AngleSharp.Dom.IElement>().Single().GetAttribute("href");
        Assert.Equal(kept, sanitized == url);
    }

    [Fact]
    public void Every_admitted_fixture_and_sample_body_is_what_sanitizing_leaves()
    {
        var admitted = 0;
        foreach (var file in RenderedBodies.Files())
        {
            if (Parsed(File.ReadAllText(file)) is { } document && Admitted(document))
            {
                admitted++;
                AssertSanitizingChangesNothing(document);
            }
        }

        Assert.True(admitted >= 20, $"only {admitted} bodies admitted");
    }

    [Fact]
    public void Every_generated_briefing_is_admitted_and_is_what_sanitizing_leaves()
    {
        using var work = new TemporaryDirectory();
        var corpus = new CorpusGenerator(SiteTemplate.Load(RepositoryRoot.Path)).Generate(150, 7, work.Combine("corpus"));
        var bodies = Directory.EnumerateFiles(corpus.Root, "*.md", SearchOption.AllDirectories)
            .Where(f => f.Contains($"{Path.DirectorySeparatorChar}briefings{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();

        Assert.True(bodies.Count >= 150);
        foreach (var file in bodies)
        {
            var document = BriefingMarkdown.Parse(File.ReadAllText(file));
            Assert.True(Admitted(document), file);
            AssertSanitizingChangesNothing(document);
        }
    }

    private static readonly string[] Fragments =
    [
        "word ", "東京 ", "\n", "\n\n", "  \n", "# ", "## ", "- ", "1. ", "> ", "---\n", "*", "**", "_", "~~", "~", "^", "==", "++", "`",
        "[a](", "[b]: ", ")", "]", "<", ">", "&", "&amp;", "&copy;", "&#13;", "&#0;", "\"", "'", "\\", "{#id .cls}", "{k=v}", "|", "![i](",
        "https://x.org/a?b=1&c=2", "www.x.org", "](", "\\\n", "<a@b.c>", "<https://x.org/?q=1&r=2>", "/root/", "mailto:a@b.c", "a@b.c", "javascript:", ":", "&{", "\u00a0", "\t", "%20",
    ];

    [Fact]
    public void Random_markdown_that_is_admitted_is_what_sanitizing_leaves()
    {
        var (tried, admitted) = (0, 0);
        Gen.OneOf(Gen.OneOf(Fragments), Gen.String[Gen.Char["<>&\"'=:/#[]()*_ abc\n"], 0, 4]).Array[0, 40]
            .Select(parts => string.Concat(parts))
            .Sample(markdown =>
            {
                var document = BriefingMarkdown.Parse(markdown);
                Interlocked.Increment(ref tried);
                if (Admitted(document))
                {
                    Interlocked.Increment(ref admitted);
                    AssertSanitizingChangesNothing(document);
                }
            }, iter: 3000);

        Assert.True(admitted * 5 > tried, $"only {admitted} of {tried} admitted: the check above would be hollow");
    }

    private static bool Admitted(Markdig.Syntax.MarkdownDocument document) =>
        MarkdownAllowlist.Admits(document, Rewrite, Sanitizer.KeepsUrl)
        && MarkdownAllowlist.ParsesAsWritten(new ReusableHtmlRenderer(Rewrite).ToHtml(document));

    /// <summary>
    /// Sanitizing the body's markup keeps the tree parsing gives (serialised alike, the two are equal), and the facts read
    /// from the Markdown tree are those read from the sanitized tree: the same counts, first paragraph and lead words.
    /// </summary>
    private static void AssertSanitizingChangesNothing(Markdig.Syntax.MarkdownDocument document)
    {
        var markup = new ReusableHtmlRenderer(Rewrite).ToHtml(document);
        var parsed = new HtmlParser().ParseDocument(ReadOnlySource.DocumentPrefix + markup);
        var sanitized = Sanitizer.Sanitize(markup);
        Assert.Equal(parsed.Body!.ChildNodes.ToHtml(BodyMarkupFormatter.Instance), sanitized);

        var fromTree = TextFactsReader.Read(sanitized);
        var fromMarkdown = TextFactsReader.Read(document);
        Assert.Equal(fromTree.Words, fromMarkdown.Words);
        Assert.Equal(fromTree.CjkCharacters, fromMarkdown.CjkCharacters);
        Assert.Equal(fromTree.FirstParagraph, fromMarkdown.FirstParagraph);
        Assert.Equal(TermReader.Terms(fromTree.Lead), TermReader.Terms(fromMarkdown.Lead));
    }

    private static Markdig.Syntax.MarkdownDocument? Parsed(string text)
    {
        try
        {
            return BriefingMarkdown.Parse(text);
        }
        catch (ArgumentException)
        {
            return null; // nested too deeply for Markdig: refused before it is sanitized
        }
    }
}
