using System.Collections.Immutable;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Microsoft.Extensions.FileSystemGlobbing;

namespace Briefings.Engine.Modules;

/// <summary>
/// Reads every file under <c>directory</c> (relative to the site root) that matches one of the glob
/// patterns, in ordinal path order. A missing directory yields no documents.
/// </summary>
public sealed class ReadFiles(string directory, params string[] patterns) : IModule
{
    /// <summary>The file's path relative to the directory it was read from, with '/' separators.</summary>
    public static readonly MetadataKey<string> RelativePath = new("ReadFiles.RelativePath");

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var fileSystem = context.FileSystem;
        var baseDirectory = fileSystem.Path.Combine(context.Settings.RootDirectory, directory);
        if (!fileSystem.Directory.Exists(baseDirectory))
        {
            return Task.FromResult(inputs);
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(patterns.Length == 0 ? ["**/*"] : patterns);

        var relativePaths = fileSystem.Directory
            .EnumerateFiles(baseDirectory, "*", SearchOption.AllDirectories)
            .Select(path => fileSystem.Path.GetRelativePath(baseDirectory, path).Replace('\\', '/'))
            .ToList();
        var matched = matcher.Match(relativePaths).Files
            .Select(file => file.Path)
            .Order(StringComparer.Ordinal)
            .Select(relative => new Document
            {
                Id = Join(directory, relative),
                Source = Join(directory, relative),
                Metadata = Metadata.Empty.With(RelativePath, relative),
            })
            .ToImmutableArray();

        var read = context.ForEachDocument(matched, document => document with
        {
            Content = DocumentContent.FromBytes(fileSystem.File.ReadAllBytes(fileSystem.Path.Combine(context.Settings.RootDirectory, document.Source!))),
        });
        return Task.FromResult(inputs.AddRange(read));
    }

    private static string Join(string directory, string relative) =>
        directory is "" or "." ? relative : $"{directory.TrimEnd('/', '\\').Replace('\\', '/')}/{relative}";
}
