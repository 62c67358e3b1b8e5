using System.IO.Abstractions;

namespace Briefings.Engine.Output;

/// <summary>
/// A staging folder beside the output folder. The build writes into it and <see cref="Commit"/> swaps
/// it in by two renames, so a failed or killed build leaves the previous output as it was.
/// Disposing without committing deletes the staging folder.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private const string Marker = ".briefings-staging";

    private readonly IFileSystem _fileSystem;
    private readonly string _output;
    private bool _committed;

    private StagedOutput(IFileSystem fileSystem, string output, string path)
    {
        _fileSystem = fileSystem;
        _output = output;
        Path = path;
    }

    /// <summary>Absolute path of the staging folder to write into.</summary>
    public string Path { get; }

    public static StagedOutput Begin(IFileSystem fileSystem, string output)
    {
        output = fileSystem.Path.GetFullPath(output).TrimEnd(fileSystem.Path.DirectorySeparatorChar);
        var parent = fileSystem.Path.GetDirectoryName(output)!;
        fileSystem.Directory.CreateDirectory(parent);
        RecoverInterruptedSwap(fileSystem, output);
        RemoveAbandonedStaging(fileSystem, output);

        var staging = fileSystem.Path.Combine(parent, $"{Prefix(fileSystem, output)}staging-{Guid.NewGuid():N}");
        fileSystem.Directory.CreateDirectory(staging);
        fileSystem.File.WriteAllText(fileSystem.Path.Combine(staging, Marker), "A Briefings build writes here; it is removed or swapped in when the build ends.\n");
        return new StagedOutput(fileSystem, output, staging);
    }

    /// <summary>Makes the staged files the output. The previous output is moved aside first, then removed.</summary>
    public void Commit()
    {
        _fileSystem.File.Delete(_fileSystem.Path.Combine(Path, Marker));
        string? previous = null;
        if (_fileSystem.Directory.Exists(_output))
        {
            previous = _fileSystem.Path.Combine(_fileSystem.Path.GetDirectoryName(_output)!, $"{Prefix(_fileSystem, _output)}previous-{Guid.NewGuid():N}");
            _fileSystem.Directory.Move(_output, previous);
        }

        _fileSystem.Directory.Move(Path, _output);
        _committed = true;
        if (previous is not null)
        {
            _fileSystem.Directory.Delete(previous, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && _fileSystem.Directory.Exists(Path))
        {
            _fileSystem.Directory.Delete(Path, recursive: true);
        }
    }

    private static string Prefix(IFileSystem fileSystem, string output) => $".{fileSystem.Path.GetFileName(output)}.";

    /// <summary>A build killed between the two renames of <see cref="Commit"/> left the old output aside: put it back.</summary>
    private static void RecoverInterruptedSwap(IFileSystem fileSystem, string output)
    {
        var aside = Siblings(fileSystem, output, "previous-");
        if (!fileSystem.Directory.Exists(output) && aside.Count > 0)
        {
            fileSystem.Directory.Move(aside[0], output);
            aside.RemoveAt(0);
        }

        foreach (var leftover in aside)
        {
            fileSystem.Directory.Delete(leftover, recursive: true);
        }
    }

    /// <summary>Staging folders of killed builds. Only folders carrying our marker are removed.</summary>
    private static void RemoveAbandonedStaging(IFileSystem fileSystem, string output)
    {
        foreach (var staging in Siblings(fileSystem, output, "staging-"))
        {
            if (fileSystem.File.Exists(fileSystem.Path.Combine(staging, Marker)))
            {
                fileSystem.Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static List<string> Siblings(IFileSystem fileSystem, string output, string kind) =>
        fileSystem.Directory
            .EnumerateDirectories(fileSystem.Path.GetDirectoryName(output)!, Prefix(fileSystem, output) + kind + "*")
            .Order(StringComparer.Ordinal)
            .ToList();
}
