using System.IO.Abstractions;

namespace Briefings.Engine.Output;

/// <summary>
/// A staging folder beside the output folder. The build writes into it and <see cref="Commit"/> swaps
/// it in by two renames, so a failed or killed build leaves the previous output as it was.
/// Disposing without committing deletes the staging folder.
/// </summary>
/// <remarks>
/// A staging folder is known to be ours by a lock file beside it (<c>.output.staging-…lock</c>), written
/// before the folder and removed only after the folder was swapped in. Whenever a build is killed, what
/// it leaves is a lock with or without its folder, which the next build removes; the output itself never
/// holds a marker, and a lookalike folder without a lock is never touched.
/// </remarks>
public sealed class StagedOutput : IDisposable
{
    private const string LockSuffix = ".lock";

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
        fileSystem.File.WriteAllText(staging + LockSuffix, "A Briefings build writes into the folder of this name; both go when the build ends.\n");
        fileSystem.Directory.CreateDirectory(staging);
        return new StagedOutput(fileSystem, output, staging);
    }

    /// <summary>Makes the staged files the output. The previous output is moved aside first, then removed.</summary>
    public void Commit()
    {
        string? previous = null;
        if (_fileSystem.Directory.Exists(_output))
        {
            previous = _fileSystem.Path.Combine(_fileSystem.Path.GetDirectoryName(_output)!, $"{Prefix(_fileSystem, _output)}previous-{Guid.NewGuid():N}");
            _fileSystem.Directory.Move(_output, previous);
        }

        _fileSystem.Directory.Move(Path, _output);
        _committed = true;
        _fileSystem.File.Delete(Path + LockSuffix);
        if (previous is not null)
        {
            _fileSystem.Directory.Delete(previous, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed)
        {
            if (_fileSystem.Directory.Exists(Path))
            {
                _fileSystem.Directory.Delete(Path, recursive: true);
            }

            _fileSystem.File.Delete(Path + LockSuffix);
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

    /// <summary>What killed builds left: each lock, and the staging folder it names if that is still there.</summary>
    private static void RemoveAbandonedStaging(IFileSystem fileSystem, string output)
    {
        var locks = fileSystem.Directory
            .EnumerateFiles(fileSystem.Path.GetDirectoryName(output)!, Prefix(fileSystem, output) + "staging-*" + LockSuffix)
            .Order(StringComparer.Ordinal);
        foreach (var lockFile in locks)
        {
            var staging = lockFile[..^LockSuffix.Length];
            if (fileSystem.Directory.Exists(staging))
            {
                fileSystem.Directory.Delete(staging, recursive: true);
            }

            fileSystem.File.Delete(lockFile);
        }
    }

    private static List<string> Siblings(IFileSystem fileSystem, string output, string kind) =>
        fileSystem.Directory
            .EnumerateDirectories(fileSystem.Path.GetDirectoryName(output)!, Prefix(fileSystem, output) + kind + "*")
            .Order(StringComparer.Ordinal)
            .ToList();
}
