using System.Collections.Immutable;
using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Links;

/// <summary>
/// A step of the Content pipeline: reads the links and pictures of a body from its Markdown syntax
/// tree (for <see cref="CheckBodyLinks"/>, with the line and column each was written on), then lets the
/// tree go. The tree is the biggest thing a briefing holds and nothing later needs it, so a build of a
/// large archive does not keep every briefing's tree until it ends.
/// </summary>
public sealed class ReadBodyLinks : PerDocumentModule
{
    public static readonly MetadataKey<ImmutableArray<BodyLink>> Key = new("Briefing.BodyLinks");

    protected override Document? Execute(Document input, PipelineContext context)
    {
        // The links of a body depend only on its file: found once, reused while the file is unchanged.
        var links = context.Reuse(nameof(ReadBodyLinks), input, () => Read(input.Get(BriefingKeys.Markdown)));
        return input with { Metadata = input.Metadata.With(Key, links).Without(BriefingKeys.Markdown) };
    }

    /// <summary>Every link and picture of a body, in document order.</summary>
    internal static ImmutableArray<BodyLink> Read(MarkdownDocument document)
    {
        var links = new LinkCollector();
        MarkdownWalk.Visit(document, ref links);
        return links.Found?.DrainToImmutable() ?? [];
    }

    private struct LinkCollector : IMarkdownVisitor
    {
        public ImmutableArray<BodyLink>.Builder? Found { get; private set; }

        public void Visit(MarkdownObject node)
        {
            if (node is LinkInline link)
            {
                (Found ??= ImmutableArray.CreateBuilder<BodyLink>()).Add(new BodyLink(link.Url ?? string.Empty, link.IsImage, link.Line + 1, link.Column + 1));
            }
        }
    }
}
