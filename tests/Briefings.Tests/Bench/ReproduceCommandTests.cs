using System.Diagnostics;
using Briefings.Bench.Commands;

namespace Briefings.Tests.Bench;

public sealed class ReproduceCommandTests
{
    [Theory]
    [InlineData("--counts")]
    [InlineData("1000,10000")]
    [InlineData("Preliminary: the engineers' machine, $HOME and \"quotes\"")]
    [InlineData("")]
    public async Task A_shell_word_reads_back_as_the_same_value(string value)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("printf %s " + CompareCommand.ShellWord(value));
        using var bash = Process.Start(start)!;
        var echoed = await bash.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await bash.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(value, echoed);
    }
}
