using System.Diagnostics;

namespace Briefings.Tests.Support;

/// <summary>
/// The real <c>briefings</c> command as a child process. The test project references the CLI project
/// (without its assembly), so building the tests builds the CLI, in the same configuration, beside them.
/// </summary>
public static class CliProcess
{
    public static string DllPath { get; } = Find();

    /// <summary>Starts the command; its output is read and dropped so it never blocks on a full pipe.</summary>
    public static Process Start(params string[] arguments)
    {
        var process = Process.Start(Info(arguments))!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs to the end and returns the exit code and what it printed.</summary>
    public static (int ExitCode, string Output) Run(params string[] arguments)
    {
        using var process = Process.Start(Info(arguments))!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    private static ProcessStartInfo Info(string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static string Find()
    {
        // bin/<Configuration>/net10.0/ of the test assembly names the configuration the CLI was built in.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var path = Path.Combine(RepositoryRoot.Path, "src", "Briefings.Cli", "bin", configuration, framework.Name, "Briefings.Cli.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The CLI is not built at {path}.", path);
    }
}
