namespace Briefings.Tests.Support;

/// <summary>The repository checkout the tests run from: the folder holding Briefings.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Briefings.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Briefings.sln not found above " + AppContext.BaseDirectory);
    }
}
