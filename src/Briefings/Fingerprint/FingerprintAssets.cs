using System.Collections.Immutable;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;

namespace Briefings.Fingerprint;

/// <summary>
/// Puts a content hash into the names of stylesheets and scripts under <c>assets/</c>
/// (site.css → site.3f2a9c1b0d.css), so hosts can cache them forever: a changed file gets a new name.
/// Pictures keep their names (editors link them). Adds the <see cref="AssetManifest"/> document.
/// </summary>
public sealed class FingerprintAssets : IModule
{
    public const string Directory = "assets/";

    /// <summary>Ten hex digits of SHA-256: 40 bits, far beyond any chance collision between versions of one file.</summary>
    public const int HashLength = 10;

    private static readonly string[] Extensions = [".css", ".js"];

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var destinations = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var renamed = inputs.Select(document =>
        {
            if (document.Destination is not { } destination || !IsFingerprinted(destination))
            {
                return document;
            }

            var fingerprinted = Fingerprinted(destination, document.Content.Hash);
            destinations[destination] = fingerprinted;
            return document with { Destination = fingerprinted };
        }).ToImmutableArray();

        var manifest = new Document { Id = "asset-manifest", Metadata = Metadata.Empty.With(AssetManifest.Key, new AssetManifest(destinations.ToImmutable())) };
        return Task.FromResult(renamed.Add(manifest));
    }

    public static bool IsFingerprinted(string destination) =>
        destination.StartsWith(Directory, StringComparison.Ordinal) && Extensions.Any(e => destination.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>"assets/site.css" with hash "3f2a9c1b0d…" → "assets/site.3f2a9c1b0d.css".</summary>
    public static string Fingerprinted(string destination, string hash)
    {
        var dot = destination.LastIndexOf('.');
        return $"{destination[..dot]}.{hash[..HashLength]}{destination[dot..]}";
    }
}
