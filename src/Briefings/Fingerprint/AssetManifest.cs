using System.Collections.Immutable;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Fingerprint;

/// <summary>
/// Where each theme asset was written: "assets/site.css" → "assets/site.3f2a9c1b0d.css". Pages ask it
/// for the names to link, so every reference follows the content hash. One document of the Assets pipeline.
/// </summary>
public sealed record AssetManifest(ImmutableSortedDictionary<string, string> Destinations)
{
    public static readonly MetadataKey<AssetManifest> Key = new("AssetManifest");

    /// <summary>The manifest among a pipeline's visible outputs of the Assets pipeline.</summary>
    public static AssetManifest From(PipelineContext context) =>
        context.OutputsOf(Assets.AssetsFeature.Pipeline).Single(d => d.Metadata.TryGet(Key, out _)).Get(Key);

    /// <summary>The output path an asset was written to, or null when the theme has no such asset.</summary>
    public string? DestinationOf(string logicalPath) => Destinations.GetValueOrDefault(logicalPath);
}
