using Briefings.Tests.Support;

namespace Briefings.Tests.SampleSite;

public sealed class DeterminismTests
{
    [Fact]
    public void Building_twice_gives_byte_identical_output_in_parallel_and_serial()
    {
        using var parallel = BuiltSite.BuildSample();
        using var serial = BuiltSite.BuildSample(serial: true);

        Assert.True(parallel.Report.Succeeded);
        Assert.Equal(parallel.Files(), serial.Files());
        foreach (var file in parallel.Files())
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(parallel.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(serial.Output, file))),
                $"{file} differs between builds");
        }
    }
}
