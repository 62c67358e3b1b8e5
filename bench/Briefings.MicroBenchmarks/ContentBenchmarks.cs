using System.Globalization;
using BenchmarkDotNet.Attributes;
using Briefings.Engine.Diagnostics;
using Briefings.FrontMatter;
using Briefings.Markdown;
using Briefings.Reading;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Briefings.MicroBenchmarks;

/// <summary>The Content pipeline's steps, each over every sample briefing (39 files): one operation is the whole set.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ContentBenchmarks
{
    private IReadOnlyList<(string File, string Text)> _briefings = [];
    private MarkdownDocument[] _parsed = [];
    private IReadOnlyList<string> _bodies = [];

    [GlobalSetup]
    public void Setup()
    {
        _briefings = SampleSite.Briefings;
        _parsed = [.. _briefings.Select(b => Markdig.Markdown.Parse(b.Text, MarkdownPipelines.Briefing))];
        _bodies = SampleSite.BodiesHtml();
    }

    /// <summary>Front matter: Markdig finds the block, YamlDotNet parses it, the reader checks and types it.</summary>
    [Benchmark]
    public int FrontMatter()
    {
        var read = 0;
        foreach (var (file, text) in _briefings)
        {
            var block = FrontMatterSplitter.Split(text, file, BriefingMarkdown.Parse);
            read += BriefingReader.Read(block, file, SampleSite.Settings, new List<Diagnostic>()) is null ? 0 : 1;
        }

        return read;
    }

    /// <summary>Markdig's parse as a build does it (<see cref="BriefingMarkdown"/>: without AutoLinks where nothing could be linked).</summary>
    [Benchmark]
    public int MarkdownParse() => _briefings.Sum(b => BriefingMarkdown.Parse(b.Text).Count);

    /// <summary>The same files parsed always with the AutoLinks extension (as before round 6), to compare with <see cref="MarkdownParse"/>.</summary>
    [Benchmark]
    public int MarkdownParseWithAutoLinks() => _briefings.Sum(b => Markdig.Markdown.Parse(b.Text, MarkdownPipelines.Briefing).Count);

    [Benchmark]
    public int MarkdownRender()
    {
        var length = 0;
        foreach (var document in _parsed)
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            var renderer = new HtmlRenderer(writer);
            MarkdownPipelines.Briefing.Setup(renderer);
            renderer.Render(document);
            length += writer.ToString().Length;
        }

        return length;
    }

    /// <summary>
    /// Each rendered body through the allowlist as a build does it (parsed as read-only memory, sanitized, serialised
    /// held as UTF-8), with the text facts read from the same tree.
    /// </summary>
    [Benchmark]
    public int Sanitize()
    {
        var words = 0;
        foreach (var html in _bodies)
        {
            var (document, _) = Sanitizer.SanitizeDocument(html);
            words += document.Body is { } body ? TextFactsReader.Read(body).Words : 0;
            Safety.BodySanitizer.Release(document);
        }

        return words;
    }

    private static readonly Safety.BodySanitizer Sanitizer = new(Safety.EmbedHosts.Defaults);

    /// <summary>Text facts (AngleSharp over the rendered body) and the reading time made from them.</summary>
    [Benchmark]
    public int TextFactsAndReadingTime() =>
        _bodies.Sum(html =>
        {
            var facts = TextFactsReader.Read(html);
            return ReadingTime.Estimate(facts.Words, facts.CjkCharacters, SampleSite.Settings.WordsPerMinute, SampleSite.Settings.CharactersPerMinute).Minutes;
        });
}
