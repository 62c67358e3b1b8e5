using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Execution;

namespace Briefings.Site;

/// <summary>What a build did: problems found, pages and files written, items held back, where the time went.</summary>
public sealed record BuildReport(
    IReadOnlyList<Diagnostic> Diagnostics,
    bool Published,
    int PagesWritten,
    int FilesWritten,
    ImmutableArray<HeldBackItem> HeldBack,
    IReadOnlyList<PhaseTiming> Timings,
    TimeSpan Elapsed)
{
    /// <summary>Every file written, in ordinal path order, with its SHA-256: what <c>--manifest</c> writes.</summary>
    public ImmutableArray<OutputFile> Outputs { get; init; } = [];

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
