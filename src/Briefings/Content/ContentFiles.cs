using Briefings.Engine.Execution;

namespace Briefings.Content;

/// <summary>Resolves a path written in content (a picture's <c>src</c>) to a file under the content folder.</summary>
public static class ContentFiles
{
    /// <summary>
    /// The full path of <paramref name="src"/> under the content folder. A path that climbs out of it
    /// resolves to a name that cannot exist, so it is reported as missing rather than read.
    /// </summary>
    public static string Resolve(PipelineContext context, string contentDirectory, string src)
    {
        var path = context.FileSystem.Path;
        var root = path.GetFullPath(path.Combine(context.Settings.RootDirectory, contentDirectory));
        var full = path.GetFullPath(path.Combine(root, src.TrimStart('/')));
        return full.StartsWith(root + path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : root + path.DirectorySeparatorChar + "\0invalid";
    }
}
