using Markdig;

namespace Briefings.Markdown;

/// <summary>The one Markdig pipeline briefings are parsed with (built once; Markdig pipelines are thread-safe).</summary>
public static class MarkdownPipelines
{
    public static readonly MarkdownPipeline Briefing = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseYamlFrontMatter()
        .Build();
}
