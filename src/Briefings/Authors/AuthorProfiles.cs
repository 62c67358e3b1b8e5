using System.Collections.Immutable;
using Briefings.Content;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Execution;
using Briefings.FrontMatter;
using Briefings.Site;
using Briefings.Slugs;

namespace Briefings.Authors;

/// <summary>The authors with a profile, by id, as the Authors pipeline read them.</summary>
public static class AuthorProfiles
{
    public const string Pipeline = "Authors";

    /// <summary>Every profile's view, by id (visible to the Authors pipeline's dependents).</summary>
    public static ImmutableSortedDictionary<string, AuthorView> From(PipelineContext context) =>
        context.OutputsOf(Pipeline)
            .Select(d => d.Get(ReadAuthorProfiles.View))
            .ToImmutableSortedDictionary(v => v.Id, v => v, StringComparer.Ordinal);

    /// <summary>A briefing's <c>author:</c>: its profile, or a bare name when no profile has that id.</summary>
    public static AuthorView Resolve(IReadOnlyDictionary<string, AuthorView> profiles, string author) =>
        profiles.TryGetValue(author, out var profile) ? profile : new AuthorView { Id = Slugger.Slugify(author), Name = author };

    /// <summary>A briefing naming no profile is still published under that name, with a warning at its author line.</summary>
    public static void Check(Briefing briefing, IReadOnlyDictionary<string, AuthorView> profiles, DiagnosticBag diagnostics)
    {
        if (briefing.Author is not { } author || profiles.ContainsKey(author))
        {
            return;
        }

        var closest = Suggestions.Closest(author, profiles.Keys);
        diagnostics.Add(Diagnostic.Warning(
            DiagnosticCodes.UnknownAuthor,
            $"No author profile has the id '{author}'; the name is shown without an author page.",
            briefing.SourcePath,
            briefing.LineOf("author"),
            hint: closest is null ? $"add {ContentFeature.Directory}/{AuthorsFeature.Folder}/{Slugger.Slugify(author)}.yml, or name an existing profile" : $"did you mean '{closest}'?"));
    }
}
