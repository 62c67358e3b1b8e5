using System.IO.Abstractions;
using Briefings.Engine.Diagnostics;

namespace Briefings.Engine.Output;

/// <summary>Turns a document's destination into a path that is guaranteed to stay inside the output folder.</summary>
public static class OutputPath
{
    public static string Resolve(IFileSystem fileSystem, string outputDirectory, string destination, string? source)
    {
        var problem = FindProblem(destination);
        if (problem is not null)
        {
            throw new BuildException(Diagnostic.Error("PIPE003", $"Unsafe output path '{Printable(destination)}': {problem}.", source));
        }

        var root = fileSystem.Path.GetFullPath(outputDirectory);
        var full = fileSystem.Path.GetFullPath(fileSystem.Path.Combine(root, destination));
        if (!full.StartsWith(root.TrimEnd(fileSystem.Path.DirectorySeparatorChar) + fileSystem.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new BuildException(Diagnostic.Error("PIPE003", $"Unsafe output path '{Printable(destination)}': it leaves the output folder.", source));
        }

        return full;
    }

    /// <summary>Why a relative output path is unsafe, or null when it is fine.</summary>
    public static string? FindProblem(string destination)
    {
        if (destination.Length == 0)
        {
            return "it is empty";
        }

        if (destination.Any(c => c == '\0' || char.IsControl(c)))
        {
            return "it contains a control character";
        }

        if (destination.Contains('\\'))
        {
            return "it contains a backslash";
        }

        if (destination.StartsWith('/') || Path.IsPathRooted(destination) || (destination.Length > 1 && destination[1] == ':'))
        {
            return "it is absolute";
        }

        foreach (var segment in destination.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return "it has an empty, '.' or '..' segment";
            }
        }

        return null;
    }

    private static string Printable(string value) => new(value.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
