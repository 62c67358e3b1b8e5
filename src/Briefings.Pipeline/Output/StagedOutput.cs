using System.IO.Abstractions;

namespace Briefings.Engine.Output;

/// <summary>
/// A staging folder beside the output folder. The build writes into it and <see cref="Commit"/> swaps
/// it in by renames, so a failed or killed build leaves the previous output as it was.
/// </summary>
/// <remarks>
/// <para>
/// A staging folder is known to be ours by a lock file beside it (<c>.output.staging-…lock</c>), written
/// before the folder. The output itself never holds a marker, and a lookalike folder without a lock is
/// never touched.
/// </para>
/// <para>
/// Staging folders are recycled, because deleting and rewriting thousands of files costs far more than
/// comparing them: after the swap the previous output takes the staging folder's name (its lock stays),
/// and the next build writes into it only the files whose bytes differ (<see cref="StagingFiles"/>) and
/// removes what it no longer makes. A build that fails or is killed leaves its staging folder and lock
/// for the next build to recycle the same way; a first build, with nothing to recycle, starts empty.
/// So two trees live side by side: the output and, hidden beside it, the one before.
/// </para>
/// <para>
/// One build at a time stages for an output folder: two sharing a recycled folder could publish a mix of
/// both. From picking the staging folder until disposed, a staged output holds an exclusive lock on
/// <c>.output.lock</c> beside the output. The lock is the operating system's (an exclusive, non-blocking
/// <c>flock</c> on Unix, a sharing lock on Windows), so a killed build never leaves it held; the empty file
/// itself stays and is harmless.
/// </para>
/// </remarks>
public sealed class StagedOutput : IDisposable
{
    private const string LockSuffix = ".lock";

    private readonly IFileSystem _fileSystem;
    private readonly string _output;
    private readonly FileSystemStream _buildLock;

    private StagedOutput(IFileSystem fileSystem, string output, string path, bool startsEmpty, FileSystemStream buildLock)
    {
        _fileSystem = fileSystem;
        _output = output;
        _buildLock = buildLock;
        Files = new StagingFiles(fileSystem, path, startsEmpty);
    }

    /// <summary>Absolute path of the staging folder to write into.</summary>
    public string Path => Files.Path;

    /// <summary>Writes into the staging folder, skipping files whose bytes are already there.</summary>
    public StagingFiles Files { get; }

    /// <summary>Stages a build for <paramref name="output"/>, or returns null while another build holds it.</summary>
    public static StagedOutput? TryBegin(IFileSystem fileSystem, string output)
    {
        output = fileSystem.Path.GetFullPath(output).TrimEnd(fileSystem.Path.DirectorySeparatorChar);
        var parent = fileSystem.Path.GetDirectoryName(output)!;
        fileSystem.Directory.CreateDirectory(parent);
        if (TryLock(fileSystem, output) is not { } buildLock)
        {
            return null;
        }

        RecoverInterruptedSwap(fileSystem, output);
        var staging = RecycleStaging(fileSystem, output);
        var startsEmpty = staging is null;
        if (staging is null)
        {
            staging = fileSystem.Path.Combine(parent, $"{Prefix(fileSystem, output)}staging-{Guid.NewGuid():N}");
            fileSystem.File.WriteAllText(staging + LockSuffix, "A Briefings build writes into the folder of this name and keeps the previous output in it between builds; both may be deleted when no build runs.\n");
            fileSystem.Directory.CreateDirectory(staging);
        }

        return new StagedOutput(fileSystem, output, staging, startsEmpty, buildLock);
    }

    /// <summary>
    /// Makes the staged files the output: removes what this build did not write, moves the previous
    /// output aside, moves the staging folder in, and keeps the previous output as the next staging folder.
    /// </summary>
    public void Commit()
    {
        Files.RemoveUnproduced();
        if (!_fileSystem.Directory.Exists(_output))
        {
            _fileSystem.Directory.Move(Path, _output);
            _fileSystem.File.Delete(Path + LockSuffix);
            return;
        }

        var previous = _fileSystem.Path.Combine(_fileSystem.Path.GetDirectoryName(_output)!, $"{Prefix(_fileSystem, _output)}previous-{Guid.NewGuid():N}");
        _fileSystem.Directory.Move(_output, previous);
        _fileSystem.Directory.Move(Path, _output);

        // The lock is still there, so the previous output becomes a staging folder of ours to recycle.
        _fileSystem.Directory.Move(previous, Path);
    }

    /// <summary>Lets the next build stage for this output; what was staged but not committed stays, to be recycled.</summary>
    public void Dispose() => _buildLock.Dispose();

    private static string Prefix(IFileSystem fileSystem, string output) => $".{fileSystem.Path.GetFileName(output)}.";

    private static FileSystemStream? TryLock(IFileSystem fileSystem, string output)
    {
        var path = fileSystem.Path.Combine(fileSystem.Path.GetDirectoryName(output)!, Prefix(fileSystem, output) + "lock");
        try
        {
            return fileSystem.FileStream.New(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException) when (fileSystem.File.Exists(path))
        {
            return null;
        }
    }

    /// <summary>
    /// A build killed between the first two renames of <see cref="Commit"/> left the old output aside: put
    /// it back. One killed after them left the old output aside beside the new one: it goes.
    /// </summary>
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

    /// <summary>
    /// The staging folder to recycle: the first (in ordinal order) whose lock is there. Other locked folders,
    /// which only killed builds leave, are removed, and so are locks whose folder is gone.
    /// </summary>
    private static string? RecycleStaging(IFileSystem fileSystem, string output)
    {
        var locks = fileSystem.Directory
            .EnumerateFiles(fileSystem.Path.GetDirectoryName(output)!, Prefix(fileSystem, output) + "staging-*" + LockSuffix)
            .Order(StringComparer.Ordinal)
            .ToList();
        string? recycled = null;
        foreach (var lockFile in locks)
        {
            var staging = lockFile[..^LockSuffix.Length];
            if (fileSystem.Directory.Exists(staging))
            {
                if (recycled is null)
                {
                    recycled = staging;
                    continue;
                }

                fileSystem.Directory.Delete(staging, recursive: true);
            }

            fileSystem.File.Delete(lockFile);
        }

        return recycled;
    }

    private static List<string> Siblings(IFileSystem fileSystem, string output, string kind) =>
        fileSystem.Directory
            .EnumerateDirectories(fileSystem.Path.GetDirectoryName(output)!, Prefix(fileSystem, output) + kind + "*")
            .Order(StringComparer.Ordinal)
            .ToList();
}
