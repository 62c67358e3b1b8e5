using System.Security.Cryptography;

namespace Briefings.Tests.Support;

/// <summary>Every file under a folder as "relative/path sha256", in ordinal order: two equal snapshots mean two identical trees.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyList<string> Of(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Select(f => $"{Path.GetRelativePath(directory, f).Replace('\\', '/')} {Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))}")
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
}
