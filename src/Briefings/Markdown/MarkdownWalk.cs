using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>What a <see cref="MarkdownWalk"/> shows every node of a parsed body to.</summary>
public interface IMarkdownVisitor
{
    void Visit(MarkdownObject node);
}

/// <summary>
/// Shows a visitor every block and inline under a parsed body, in the order Markdig's <c>Descendants()</c> lists
/// them (each block, then what it holds: a container's blocks or a leaf's inlines, each inline before its own). Markdig's
/// enumeration keeps two stacks and an iterator per walk and checks each node's type twice; a body is walked for its
/// raw HTML budget and for its links, so the walk is written out here, allocating nothing. It recurses: Markdig refuses
/// bodies nested deeper than it can parse (<see cref="FrontMatter.FrontMatterSplitter"/> reports them), so the depth is bounded.
/// </summary>
public static class MarkdownWalk
{
    /// <summary>Visits every node under <paramref name="container"/> (not the container itself). A struct visitor is not boxed.</summary>
    public static void Visit<TVisitor>(ContainerBlock container, ref TVisitor visitor)
        where TVisitor : struct, IMarkdownVisitor
    {
        for (var i = 0; i < container.Count; i++)
        {
            var block = container[i];
            visitor.Visit(block);
            switch (block)
            {
                case ContainerBlock inner:
                    Visit(inner, ref visitor);
                    break;
                case LeafBlock { Inline: { } inline }:
                    Visit(inline, ref visitor);
                    break;
            }
        }
    }

    private static void Visit<TVisitor>(ContainerInline container, ref TVisitor visitor)
        where TVisitor : struct, IMarkdownVisitor
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            visitor.Visit(inline);
            if (inline is ContainerInline inner)
            {
                Visit(inner, ref visitor);
            }
        }
    }
}
