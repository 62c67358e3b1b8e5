using Briefings.Bench.Runner;

namespace Briefings.Tests.Bench;

public sealed class MachineInfoTests
{
    [Fact]
    public void A_path_belongs_to_the_innermost_mount_that_holds_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "mount points are read the Linux way");

        Assert.Equal("proc on /proc", MachineInfo.FileSystemOf("/proc/self/status"));
        Assert.Equal("proc on /proc", MachineInfo.FileSystemOf("/proc"));
    }

    [Fact]
    public void A_name_that_only_starts_like_a_mount_point_is_not_under_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "mount points are read the Linux way");

        Assert.EndsWith(" on /", MachineInfo.FileSystemOf("/procedures/not-a-mount"), StringComparison.Ordinal);
    }
}
