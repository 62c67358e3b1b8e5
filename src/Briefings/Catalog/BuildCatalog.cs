using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Briefings.Authors;
using Briefings.Content;
using Briefings.Rail;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.FrontMatter;
using Briefings.Site;
using Briefings.Slugs;

namespace Briefings.Catalog;

/// <summary>
/// Gathers every briefing into the <see cref="SiteCatalog"/>: applies the publishing rules, checks what
/// only the whole set can show (duplicate slugs, related items, sections, pictures), groups tags and
/// builds each item's view once.
/// </summary>
public sealed class BuildCatalog(SiteSettings settings, BuildOptions options, string contentPipeline, string contentDirectory) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var urls = new SiteUrls(settings);
        var unique = RemoveDuplicateSlugs(PublishingRules.InFileOrder(context.OutputsOf(contentPipeline)), context.Diagnostics);
        var heldBack = ImmutableArray.CreateBuilder<HeldBackItem>();
        var published = unique.Where(b => IsPublished(b.Briefing, heldBack)).ToList();
        var allSlugs = unique.Select(b => b.Briefing.Slug).ToHashSet(StringComparer.Ordinal);
        var authors = AuthorProfiles.From(context);
        // Many items share a picture: look each file up once.
        var pictures = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool PictureExists(string src) => pictures.TryGetValue(src, out var exists) ? exists : pictures[src] = ContentFiles.Exists(context, contentDirectory, src);
        foreach (var (briefing, _) in unique)
        {
            CheckReferences(briefing, allSlugs, PictureExists, context);
            AuthorProfiles.Check(briefing, authors, context.Diagnostics);
        }

        var tagGroups = GroupTags(published.Select(b => b.Briefing), urls, context.Diagnostics);
        var tagLinks = new Dictionary<string, LinkView>(StringComparer.Ordinal);
        foreach (var group in tagGroups)
        {
            foreach (var spelling in group.Spellings)
            {
                tagLinks.Add(spelling, group.Link);
            }
        }

        var sections = settings.Sections.ToDictionary(s => s.Id, s => new LinkView(s.Name, urls.Section(s.Id), s.Id), StringComparer.Ordinal);
        // Many items share a picture: read each file's size once.
        var sizes = new PictureSizes(src => ImageSize.Read(context.FileSystem, LocalPath(context, src)));
        var factory = new ItemViewFactory(settings, urls, sizes.Of);

        // Each view depends only on its own item, so they are made in parallel; the sort below fixes the order.
        var made = new CatalogEntry[published.Count];
        Parallel.For(0, published.Count, new ParallelOptions { MaxDegreeOfParallelism = context.Settings.Serial ? 1 : -1 }, i =>
        {
            var (briefing, document) = published[i];
            var tags = briefing.Tags.Select(t => tagLinks[t]).DistinctBy(t => t.Slug).ToImmutableArray();
            var section = sections.GetValueOrDefault(briefing.Section ?? settings.DefaultSection);
            var author = briefing.Author is { } name ? AuthorProfiles.Resolve(authors, name) : null;
            var readingTime = document.Get(BriefingKeys.ReadingTime);
            var view = factory.Create(briefing, document.Get(BriefingKeys.Body), readingTime, tags, section, author);
            // Of the text facts only the description is kept: the lead is read by related scoring from the Content documents.
            var description = ItemDescription.Of(briefing.Summary, document.Get(BriefingKeys.TextFacts).FirstParagraph);
            made[i] = new CatalogEntry(briefing, view, description, readingTime);
        });

        Array.Sort(made, (a, b) => PublishingRules.NewestFirst(a.Briefing, b.Briefing));
        var entries = ImmutableCollectionsMarshal.AsImmutableArray(made);

        // One pass over the items, newest first, instead of one per tag.
        var itemsByTag = new Dictionary<string, List<CatalogEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var tag in entry.View.Tags)
            {
                if (!itemsByTag.TryGetValue(tag.Slug, out var items))
                {
                    itemsByTag.Add(tag.Slug, items = []);
                }

                items.Add(entry);
            }
        }

        // A plain dictionary, never changed once made: at 100,000 items an immutable one takes a second to build and is slower to read.
        var bySlug = entries.ToDictionary(e => e.Briefing.Slug, StringComparer.Ordinal).AsReadOnly();
        var catalog = new SiteCatalog
        {
            Settings = settings,
            Urls = urls,
            Items = entries,
            BySlug = bySlug,
            HeldBack = heldBack.ToImmutable(),
            Tags = [.. tagGroups.Select(g => new TagGroup(g.Link, [.. itemsByTag.GetValueOrDefault(g.Link.Slug, [])], g.Spellings))],
            Rail = NewsRail.Create(entries, settings, urls),
        };
        return Task.FromResult<ImmutableArray<Document>>([new Document { Id = "catalog", Metadata = Metadata.Empty.With(SiteCatalog.Key, catalog) }]);
    }

    private static List<CatalogSource> RemoveDuplicateSlugs(List<CatalogSource> all, DiagnosticBag diagnostics)
    {
        var result = new List<CatalogSource>();
        foreach (var group in all.GroupBy(b => b.Briefing.Slug, StringComparer.Ordinal))
        {
            var first = group.First();
            result.Add(first);
            foreach (var (duplicate, _) in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.DuplicateSlug,
                    $"The slug '{duplicate.Slug}' is already used by {first.Briefing.SourcePath}.",
                    duplicate.SourcePath,
                    duplicate.LineOf("slug"),
                    hint: "rename one of the files or set a different 'slug:'"));
            }
        }

        return result;
    }

    private bool IsPublished(Briefing briefing, ImmutableArray<HeldBackItem>.Builder heldBack)
    {
        if (PublishingRules.HeldBack(briefing, options) is { } item)
        {
            heldBack.Add(item);
            return false;
        }

        return true;
    }

    private void CheckReferences(Briefing briefing, HashSet<string> slugs, Func<string, bool> pictureExists, PipelineContext context)
    {
        foreach (var related in briefing.Related)
        {
            if (!slugs.Contains(related.Slug))
            {
                var closest = Suggestions.Closest(related.Slug, slugs);
                context.Diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.UnknownRelated,
                    $"'related' names '{related.Slug}', but no briefing has that slug.",
                    briefing.SourcePath,
                    related.Line,
                    hint: closest is null ? "use the file name of another briefing, without .md" : $"did you mean '{closest}'?"));
            }
            else if (related.Slug == briefing.Slug)
            {
                context.Diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownRelated, "'related' names the briefing itself; it is ignored.", briefing.SourcePath, related.Line));
            }
        }

        if (briefing.Section is { } section && !settings.Sections.Any(s => s.Id == section))
        {
            var closest = Suggestions.Closest(section, settings.Sections.Select(s => s.Id));
            context.Diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.UnknownSection,
                $"Unknown section '{section}'.",
                briefing.SourcePath,
                briefing.LineOf("section"),
                hint: closest is null ? $"sections are listed in {SiteSettings.FileName}: {string.Join(", ", settings.Sections.Select(s => s.Id))}" : $"did you mean '{closest}'?"));
        }

        foreach (var (key, src) in LocalPictures(briefing))
        {
            if (!pictureExists(src))
            {
                context.Diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.MissingImage,
                    $"The picture '{src}' does not exist under {contentDirectory}/.",
                    briefing.SourcePath,
                    briefing.LineOf(key),
                    hint: "paths are relative to the content folder, e.g. images/port.svg"));
            }
        }
    }

    private static IEnumerable<(string Key, string Src)> LocalPictures(Briefing briefing)
    {
        if (briefing.Image is { } image && !ItemViewFactory.IsAbsolute(image.Src))
        {
            yield return ("image", image.Src);
        }

        if (briefing.Video?.Poster is { } poster && !ItemViewFactory.IsAbsolute(poster))
        {
            yield return ("video", poster);
        }
    }

    private string? LocalPath(PipelineContext context, string src) => ContentFiles.Resolve(context, contentDirectory, src);

    private List<TagSpellings> GroupTags(IEnumerable<Briefing> briefings, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var uses = briefings.SelectMany(b => b.Tags.Select(tag => new TagUse(tag, b))).ToList();
        // A few dozen spellings are used tens of thousands of times: slugify each spelling once.
        var slugs = uses.Select(u => u.Tag).Distinct(StringComparer.Ordinal).ToDictionary(tag => tag, Slugger.Slugify, StringComparer.Ordinal);
        var groups = new List<TagSpellings>();
        foreach (var group in uses.GroupBy(u => slugs[u.Tag], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (group.Key.Length == 0)
            {
                foreach (var (tag, briefing) in group)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongType, $"The tag '{tag}' has no letters or digits to make a page name from.", briefing.SourcePath, briefing.LineOf("tags")));
                }

                continue;
            }

            // Most used first, then in ordinal order (a sort with a comparison: ordering by a count key is compiled at every start).
            var spellings = group.GroupBy(u => u.Tag, StringComparer.Ordinal).ToList();
            spellings.Sort((a, b) => a.Count() != b.Count() ? b.Count().CompareTo(a.Count()) : string.CompareOrdinal(a.Key, b.Key));
            var name = settings.TagNames.GetValueOrDefault(group.Key) ?? spellings[0].Key;
            if (spellings.Count > 1 && !settings.TagNames.ContainsKey(group.Key))
            {
                foreach (var rare in spellings.Skip(1))
                {
                    var briefing = rare.First().Briefing;
                    diagnostics.Add(Diagnostic.Warning(
                        DiagnosticCodes.TagCollision,
                        $"The tag '{rare.Key}' is shown as '{name}', as other briefings spell it.",
                        briefing.SourcePath,
                        briefing.LineOf("tags"),
                        hint: $"write '{name}', or set its display name under 'tags:' in {SiteSettings.FileName}"));
                }
            }

            groups.Add(new TagSpellings(new LinkView(name, urls.Tag(group.Key), group.Key), [.. spellings.Select(s => s.Key)]));
        }

        return groups;
    }

    // Records, not value tuples, in the LINQ above: queries over reference types run the shared code compiled
    // ahead of time into the ReadyToRun image; each query over a value tuple is JIT-compiled at every start.

    /// <summary>One use of a tag spelling by a briefing.</summary>
    private sealed record TagUse(string Tag, Briefing Briefing);

    /// <summary>A tag's link and every spelling of it, most used first.</summary>
    private sealed record TagSpellings(LinkView Link, ImmutableArray<string> Spellings);
}
