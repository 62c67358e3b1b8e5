using Briefings.Content;
using Briefings.Engine.Modules;
using Briefings.Engine.Pipelines;
using Briefings.Fingerprint;
using Briefings.Site;

namespace Briefings.Assets;

/// <summary>Copies the theme's assets (templates/assets/ to assets/) and the pictures and media under content/.</summary>
public sealed class AssetsFeature : ISiteFeature
{
    public const string Pipeline = "Assets";
    public const string ThemeDirectory = "templates/assets";

    public static readonly string[] MediaPatterns = ["**/*.svg", "**/*.png", "**/*.jpg", "**/*.jpeg", "**/*.gif", "**/*.webp", "**/*.avif", "**/*.mp4", "**/*.webm"];

    public IEnumerable<Pipeline> CreatePipelines(SiteContext site) =>
    [
        new()
        {
            Name = Pipeline,
            Input = [new ReadFiles(ThemeDirectory), new ReadFiles(ContentFeature.Directory, MediaPatterns)],
            Process = [new Transform(document => document with { Destination = DestinationOf(document) }), new FingerprintAssets()],
            Output = [new WriteFiles()],
        },
    ];

    private static string DestinationOf(Engine.Documents.Document document)
    {
        var relative = document.Get(ReadFiles.RelativePath);
        return document.Source!.StartsWith(ThemeDirectory + "/", StringComparison.Ordinal) ? $"assets/{relative}" : relative;
    }
}
