using System.IO.Abstractions;

namespace Briefings.Engine.Output;

/// <summary>
/// One build at a time per output folder: an exclusive lock on <c>.output.lock</c> beside the output,
/// held from the moment a build picks its staging folder until it has swapped it in. Two builds sharing a
/// recycled staging folder could otherwise publish a mix of both. The lock is the operating system's
/// (an exclusive, non-blocking <c>flock</c> on Unix, a sharing lock on Windows), so a killed build never
/// leaves it held; the empty file itself stays and is harmless.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileSystemStream _stream;

    private OutputLock(FileSystemStream stream) => _stream = stream;

    /// <summary>The lock, or null when another build holds it.</summary>
    public static OutputLock? TryAcquire(IFileSystem fileSystem, string output)
    {
        output = fileSystem.Path.GetFullPath(output).TrimEnd(fileSystem.Path.DirectorySeparatorChar);
        var parent = fileSystem.Path.GetDirectoryName(output)!;
        fileSystem.Directory.CreateDirectory(parent);
        var path = fileSystem.Path.Combine(parent, $".{fileSystem.Path.GetFileName(output)}.lock");
        try
        {
            return new OutputLock(fileSystem.FileStream.New(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (fileSystem.File.Exists(path))
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
