namespace Briefings.Browser.Tests.Support;

/// <summary>
/// Where screenshots are kept for review: $BRIEFINGS_SCREENSHOTS when set, else TestResults/screenshots
/// beside the test assembly.
/// </summary>
public static class Screenshots
{
    public const string Variable = "BRIEFINGS_SCREENSHOTS";

    public static string Folder { get; } =
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>The path for a screenshot named like "home-320.png", its folder created.</summary>
    public static string PathFor(string name)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, name + ".png");
    }
}
