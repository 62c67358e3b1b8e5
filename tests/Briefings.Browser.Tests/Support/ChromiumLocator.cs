namespace Briefings.Browser.Tests.Support;

/// <summary>
/// Where the browser tests find Chromium, and what they do without it: outside CI they are skipped
/// with the install command in the reason; in CI (CI=true) a missing Chromium fails them.
/// </summary>
public static class ChromiumLocator
{
    public const string Variable = "BRIEFINGS_CHROMIUM";

    public const string DebianPath = "/usr/bin/chromium";

    public const string InstallCommand = "apt-get install -y chromium";

    /// <summary>The executable to launch: $BRIEFINGS_CHROMIUM when set, else Debian's Chromium.</summary>
    public static string ExpectedPath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } overridden ? overridden : DebianPath;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Chromium executable, or null when there is none where we look.</summary>
    public static string? Find() => File.Exists(ExpectedPath) ? ExpectedPath : null;

    public static string MissingMessage =>
        $"Chromium not found at {ExpectedPath}. Install it with `{InstallCommand}`, or point {Variable} at a Chromium executable.";
}
