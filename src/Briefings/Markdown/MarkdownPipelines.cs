using Markdig;
using Markdig.Extensions.AutoLinks;

namespace Briefings.Markdown;

/// <summary>
/// The Markdig pipeline briefings are parsed and rendered with (built once; Markdig pipelines are thread-safe). Bodies are
/// parsed through <see cref="BriefingMarkdown"/>, which gives the same tree for less where no bare URL could be linked.
/// </summary>
public static class MarkdownPipelines
{
    public static readonly MarkdownPipeline Briefing = BriefingBuilder().Build();

    /// <summary>
    /// <see cref="Briefing"/> without the AutoLinks extension (bare URLs), for bodies that hold no URL it could
    /// link: see <see cref="BriefingMarkdown"/>. Never used to render, and never on its own.
    /// </summary>
    internal static readonly MarkdownPipeline BriefingWithoutAutoLinks = WithoutAutoLinks(BriefingBuilder()).Build();

    private static MarkdownPipelineBuilder BriefingBuilder() => new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseYamlFrontMatter();

    private static MarkdownPipelineBuilder WithoutAutoLinks(MarkdownPipelineBuilder builder)
    {
        builder.Extensions.TryRemove<AutoLinkExtension>();
        return builder;
    }
}
