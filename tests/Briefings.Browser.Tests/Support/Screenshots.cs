using Microsoft.Playwright;

namespace Briefings.Browser.Tests.Support;

/// <summary>
/// Full-page screenshots kept for review: in $BRIEFINGS_SCREENSHOTS when set, else in
/// TestResults/screenshots beside the test assembly; each is also attached to its test's result.
/// </summary>
public static class Screenshots
{
    public const string Variable = "BRIEFINGS_SCREENSHOTS";

    public static string Folder { get; } =
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } folder
            ? Path.GetFullPath(folder)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>Saves the whole page as "&lt;name&gt;.png" and returns the file's path.</summary>
    public static async Task<string> SaveAsync(IPage page, string name)
    {
        await PageChecks.LoadLazyImages(page);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name + ".png", png, "image/png");
        return path;
    }
}
