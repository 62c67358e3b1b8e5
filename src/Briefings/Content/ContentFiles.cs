using System.Text;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Site;

namespace Briefings.Content;

/// <summary>Resolves a path written in content (a picture's <c>src</c>) to a file under the content folder.</summary>
public static class ContentFiles
{
    /// <summary>A content file's text; a file that is not UTF-8 is reported (BRF016) and dropped.</summary>
    public static string Text(Document input, string file)
    {
        try
        {
            return input.Content.Text;
        }
        catch (DecoderFallbackException)
        {
            throw new BuildException(Diagnostic.Error(DiagnosticCodes.NotUtf8, "The file is not valid UTF-8 text.", file, hint: "save it as UTF-8"));
        }
    }

    /// <summary>
    /// The full path of <paramref name="src"/> under the content folder, or null when it climbs out of it
    /// (such a path is treated as missing, never read).
    /// </summary>
    public static string? Resolve(PipelineContext context, string contentDirectory, string src)
    {
        var path = context.FileSystem.Path;
        var root = path.GetFullPath(path.Combine(context.Settings.RootDirectory, contentDirectory));
        var full = path.GetFullPath(path.Combine(root, src.TrimStart('/')));
        return full.StartsWith(root + path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>Whether <paramref name="src"/> names a file under the content folder.</summary>
    public static bool Exists(PipelineContext context, string contentDirectory, string src) =>
        Resolve(context, contentDirectory, src) is { } full && context.FileSystem.File.Exists(full);
}
