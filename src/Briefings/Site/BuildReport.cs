using System.Collections.Immutable;
using Briefings.Catalog;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
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
    /// <summary>
    /// Every file written, in ordinal path order, with its SHA-256: what <c>--manifest</c> writes. Empty when the build
    /// was not asked for hashes (<see cref="SiteBuilder.HashesOutputs"/>).
    /// </summary>
    public ImmutableArray<OutputFile> Outputs { get; init; } = [];

    /// <summary>Pages rendered by this build; with <see cref="PagesReused"/>, what an incremental rebuild saved.</summary>
    public int PagesRendered => RenderedPages.Length;

    /// <summary>The pages this build rendered, as "pipeline/page id" ("ItemPages/item:some-slug"), in ordinal order.</summary>
    public ImmutableArray<string> RenderedPages { get; init; } = [];

    /// <summary>Pages whose templates and values were unchanged since the builder's previous build, so their bytes were kept.</summary>
    public int PagesReused { get; init; }

    /// <summary>Every file the build made (or would make, for a check), by output path in ordinal order, with its content.</summary>
    public ImmutableArray<Document> Documents { get; init; } = [];

    /// <summary>The memory the engine gave back to the operating system before Output, or null if it gave none (a small build).</summary>
    public MemoryReturn? MemoryReturned { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}
