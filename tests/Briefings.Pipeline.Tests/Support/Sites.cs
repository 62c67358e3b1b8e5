namespace Briefings.Engine.Tests.Support;

/// <summary>Runs the engine against a mock file system rooted at /site.</summary>
internal static class Sites
{
    public const string Root = "/site";
    public const string Output = "/site/output";

    public static MockFileSystem FileSystem(IDictionary<string, string>? files = null)
    {
        var fileSystem = new MockFileSystem();
        fileSystem.Directory.CreateDirectory(Root);
        foreach (var (path, text) in files ?? new Dictionary<string, string>())
        {
            fileSystem.AddFile(path, new MockFileData(text));
        }

        return fileSystem;
    }

    public static Task<EngineResult> RunAsync(
        System.IO.Abstractions.IFileSystem fileSystem,
        IEnumerable<Pipeline> pipelines,
        bool serial = false,
        string? output = Output,
        string root = Root,
        IReadOnlyList<string>? protectedDirectories = null)
    {
        var settings = new EngineSettings
        {
            RootDirectory = root,
            OutputDirectory = output,
            Serial = serial,
            ProtectedDirectories = protectedDirectories ?? [],
        };
        return new PipelineEngine(settings, fileSystem).RunAsync(pipelines, TestContext.Current.CancellationToken);
    }

    public static Task<EngineResult> RunAsync(System.IO.Abstractions.IFileSystem fileSystem, params Pipeline[] pipelines) =>
        RunAsync(fileSystem, pipelines, serial: false);

    /// <summary>Every file under a folder: relative path ('/' separators) to bytes, ordinal order.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(System.IO.Abstractions.IFileSystem fileSystem, string directory)
    {
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (!fileSystem.Directory.Exists(directory))
        {
            return result;
        }

        foreach (var file in fileSystem.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            result[fileSystem.Path.GetRelativePath(directory, file).Replace('\\', '/')] = fileSystem.File.ReadAllBytes(file);
        }

        return result;
    }

    /// <summary>Same relative paths, and the same bytes in each file.</summary>
    public static void AssertSameFiles(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.Equal(bytes, actual[path]);
        }
    }

    /// <summary>
    /// Everything a run left beside the output folder (staging folders, their locks, set-aside outputs) except
    /// the one staging folder kept, with its lock, for the next build to recycle (see <see cref="Spare"/>).
    /// </summary>
    public static string[] Leftovers(System.IO.Abstractions.IFileSystem fileSystem, string output = Output)
    {
        var spare = Spare(fileSystem, output);
        return [.. Beside(fileSystem, output).Where(entry => spare is null || (entry != spare && entry != spare + ".lock"))];
    }

    /// <summary>The first staging folder beside the output that has its lock (the one the next build recycles), or null.</summary>
    public static string? Spare(System.IO.Abstractions.IFileSystem fileSystem, string output = Output) =>
        Beside(fileSystem, output).FirstOrDefault(entry =>
            fileSystem.Path.GetFileName(entry).StartsWith($".{fileSystem.Path.GetFileName(output)}.staging-", StringComparison.Ordinal)
            && fileSystem.Directory.Exists(entry)
            && fileSystem.File.Exists(entry + ".lock"));

    private static IEnumerable<string> Beside(System.IO.Abstractions.IFileSystem fileSystem, string output) =>
        fileSystem.Directory.Exists(fileSystem.Path.GetDirectoryName(output)!)
            ? fileSystem.Directory.EnumerateFileSystemEntries(fileSystem.Path.GetDirectoryName(output)!, $".{fileSystem.Path.GetFileName(output)}.*")
                .Where(entry => fileSystem.Path.GetFileName(entry) != $".{fileSystem.Path.GetFileName(output)}.lock") // the one-build-at-a-time lock (StagedOutput) stays
                .Order(StringComparer.Ordinal)
            : [];

    public static string Texts(IEnumerable<Document> documents) => string.Join(",", documents.Select(d => d.Content.Text));
}
