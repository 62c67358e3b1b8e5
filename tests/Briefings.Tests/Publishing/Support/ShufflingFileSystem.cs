using System.IO.Abstractions;

namespace Briefings.Tests.Publishing.Support;

/// <summary>The real file system, except that directory listings come back in a shuffled order (seeded, so a failure can be replayed).</summary>
public sealed class ShufflingFileSystem : FileSystem
{
    public ShufflingFileSystem(int seed) => Directory = new ShufflingDirectory(this, seed);

    public override IDirectory Directory { get; }

    private sealed class ShufflingDirectory(IFileSystem fileSystem, int seed) : DirectoryWrapper(fileSystem)
    {
        private readonly Random _random = new(seed);

        public override IEnumerable<string> EnumerateFiles(string path) => Shuffle(base.EnumerateFiles(path));

        public override IEnumerable<string> EnumerateFiles(string path, string searchPattern) => Shuffle(base.EnumerateFiles(path, searchPattern));

        public override IEnumerable<string> EnumerateFiles(string path, string searchPattern, SearchOption searchOption) =>
            Shuffle(base.EnumerateFiles(path, searchPattern, searchOption));

        public override IEnumerable<string> EnumerateFiles(string path, string searchPattern, EnumerationOptions enumerationOptions) =>
            Shuffle(base.EnumerateFiles(path, searchPattern, enumerationOptions));

        private string[] Shuffle(IEnumerable<string> files)
        {
            var array = files.ToArray();
            lock (_random)
            {
                _random.Shuffle(array);
            }

            return array;
        }
    }
}
