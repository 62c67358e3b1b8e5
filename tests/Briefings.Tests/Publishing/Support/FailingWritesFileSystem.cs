using System.IO.Abstractions;

namespace Briefings.Tests.Publishing.Support;

/// <summary>The real file system, except that creating the Nth file fails: a disk that fills up half-way through writing the site.</summary>
public sealed class FailingWritesFileSystem : FileSystem
{
    public FailingWritesFileSystem(int failAt) => File = new FailingFile(this, failAt);

    public override IFile File { get; }

    private sealed class FailingFile(IFileSystem fileSystem, int failAt) : FileWrapper(fileSystem)
    {
        private int _created;

        public override FileSystemStream Create(string path)
        {
            if (Interlocked.Increment(ref _created) == failAt)
            {
                throw new IOException($"No space left on device (simulated) writing {path}");
            }

            return base.Create(path);
        }
    }
}
