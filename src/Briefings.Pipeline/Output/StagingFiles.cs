using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Abstractions;

namespace Briefings.Engine.Output;

/// <summary>
/// Writes one build's files into its staging folder, which may be recycled: it can still hold an earlier
/// build's files. A file whose bytes are already there is left alone (no write, and it keeps its time
/// stamp), a differing one is overwritten, and <see cref="RemoveUnproduced"/> deletes whatever this build
/// did not write, so the folder ends up holding exactly this build's files. A folder that starts empty (a
/// first build, or one after the output was deleted, as on CI) has nothing to compare or remove, so those
/// checks are skipped: they cost a few file-system calls per file and a walk of the whole tree at the end.
/// Safe to call from many threads.
/// </summary>
public sealed class StagingFiles
{
    private const int ChunkSize = 64 * 1024;

    private readonly IFileSystem _fileSystem;
    private readonly bool _startsEmpty;
    private readonly ConcurrentDictionary<string, bool> _produced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _createdFolders = new(StringComparer.Ordinal);

    /// <param name="startsEmpty">Whether the folder was just created, so no earlier build's file is in it.</param>
    internal StagingFiles(IFileSystem fileSystem, string path, bool startsEmpty)
    {
        _fileSystem = fileSystem;
        Path = path;
        _startsEmpty = startsEmpty;
    }

    /// <summary>Absolute path of the staging folder.</summary>
    public string Path { get; }

    /// <summary>Makes <paramref name="destination"/> (relative, '/'-separated) hold exactly <paramref name="bytes"/>.</summary>
    /// <exception cref="Diagnostics.BuildException">PIPE003 when the destination would leave the folder.</exception>
    public void Write(string destination, ReadOnlySpan<byte> bytes, string? source)
    {
        var path = OutputPath.Resolve(_fileSystem, Path, destination, source);
        if (!_startsEmpty)
        {
            // Only a recycled folder has files this build did not write to remove (the path of every file, kept to the
            // end, is tens of megabytes at 100,000 briefings).
            _produced[path] = true;
            if (_fileSystem.Directory.Exists(path))
            {
                _fileSystem.Directory.Delete(path, recursive: true); // an earlier build's folder where this build puts a file
            }
            else if (HoldsBytes(path, bytes))
            {
                return;
            }
        }

        CreateFolderOf(path);
        using (var stream = _fileSystem.File.Create(path))
        {
            stream.Write(bytes);
        }
    }

    /// <summary>Deletes the files and folders this build did not write: what an earlier build left in a recycled folder.</summary>
    public void RemoveUnproduced()
    {
        if (_startsEmpty)
        {
            return;
        }

        var neededFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in _produced.Keys)
        {
            for (var folder = _fileSystem.Path.GetDirectoryName(file); folder is not null && folder.Length > Path.Length && neededFolders.Add(folder);)
            {
                folder = _fileSystem.Path.GetDirectoryName(folder);
            }
        }

        // Ordinal order puts a folder before what it contains, so a stale subtree goes in one delete.
        foreach (var folder in _fileSystem.Directory.EnumerateDirectories(Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList())
        {
            if (!neededFolders.Contains(folder) && _fileSystem.Directory.Exists(folder))
            {
                _fileSystem.Directory.Delete(folder, recursive: true);
            }
        }

        foreach (var file in _fileSystem.Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).ToList())
        {
            if (!_produced.ContainsKey(file))
            {
                _fileSystem.File.Delete(file);
            }
        }
    }

    /// <summary>Whether the file exists with exactly these bytes: lengths first, then contents chunk by chunk.</summary>
    private bool HoldsBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var info = _fileSystem.FileInfo.New(path);
        if (!info.Exists || info.Length != bytes.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(ChunkSize, Math.Max(bytes.Length, 1)));
        try
        {
            using var stream = _fileSystem.File.OpenRead(path);
            var offset = 0;
            while (offset < bytes.Length)
            {
                var read = stream.Read(buffer, 0, Math.Min(buffer.Length, bytes.Length - offset));
                if (read == 0 || !bytes.Slice(offset, read).SequenceEqual(buffer.AsSpan(0, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Creates the file's folder, first deleting any earlier build's file that stands where a folder of this
    /// path must go. A folder this build made once is not asked for again (thousands of pages share a few folders).
    /// </summary>
    private void CreateFolderOf(string path)
    {
        var folder = _fileSystem.Path.GetDirectoryName(path)!;
        if (_createdFolders.ContainsKey(folder))
        {
            return;
        }

        try
        {
            _fileSystem.Directory.CreateDirectory(folder);
        }
        catch (IOException)
        {
            for (var ancestor = folder; ancestor.Length > Path.Length; ancestor = _fileSystem.Path.GetDirectoryName(ancestor)!)
            {
                if (_fileSystem.File.Exists(ancestor))
                {
                    _fileSystem.File.Delete(ancestor);
                }
            }

            _fileSystem.Directory.CreateDirectory(folder);
        }

        _createdFolders[folder] = true;
    }
}
