using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Briefings.Bench.Runner;

/// <summary>What the figures were measured on: they mean little without it.</summary>
public sealed record MachineInfo(string Cpu, int Cores, string Memory, string OperatingSystem, string DotnetSdk, string DotnetRuntime, string Hugo, string WorkFileSystem)
{
    public static async Task<MachineInfo> DescribeAsync(string hugo, string work)
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadField("/proc/meminfo", "MemTotal") is { } total && long.TryParse(total.Split(' ')[0], CultureInfo.InvariantCulture, out var kilobytes)
            ? string.Create(CultureInfo.InvariantCulture, $"{kilobytes / 1048576.0:0.0} GiB")
            : "unknown";
        return new MachineInfo(
            cpu,
            Environment.ProcessorCount,
            memory,
            RuntimeInformation.OSDescription,
            await FirstLineOfAsync("dotnet", "--version"),
            RuntimeInformation.FrameworkDescription,
            await FirstLineOfAsync(hugo, "version"),
            FileSystemOf(work));
    }

    /// <summary>
    /// The file system the outputs are written to, as "ext4 on /": creating tens of thousands of files costs
    /// the kernel very different amounts on different file systems (seconds of system time on this machine's
    /// ext4, a fraction on tmpfs), for every tool alike.
    /// </summary>
    public static string FileSystemOf(string path)
    {
        var full = Path.GetFullPath(path);
        var mount = DriveInfo.GetDrives()
            .Where(d => IsUnder(full, d.Name))
            .MaxBy(d => d.Name.Length);
        return mount is null ? "unknown" : $"{mount.DriveFormat} on {mount.Name}";
    }

    private static bool IsUnder(string path, string mountPoint) =>
        mountPoint == "/" || path == mountPoint || path.StartsWith(mountPoint.TrimEnd('/') + "/", StringComparison.Ordinal);

    private static string? ReadField(string file, string name)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim() == name)
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
    }

    private static async Task<string> FirstLineOfAsync(string fileName, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(fileName, argument) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text.Split('\n')[0].Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not installed";
        }
    }
}
