using System.CommandLine;
using Briefings.Cli.Commands;

namespace Briefings.Cli.Tests.Support;

/// <summary>What one in-process run of the briefings command printed, and its exit code.</summary>
public sealed record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>Standard output and standard error, line by line.</summary>
    public IEnumerable<string> Lines => (Output + Errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs the real root command in-process with captured output.</summary>
public static class BriefingsCli
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = new StringWriter { NewLine = "\n" };
        var exit = await BriefingsCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);
        return new CliRun(exit, output.ToString(), errors.ToString());
    }
}
