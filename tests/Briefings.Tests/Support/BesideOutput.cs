namespace Briefings.Tests.Support;

/// <summary>What a folder holding output folders contains, as the engine should leave it.</summary>
public static class BesideOutput
{
    /// <summary>
    /// The names of the folder's entries, ordinal order, without the staging folders (with their locks) that
    /// builds keep beside each output for the next build to recycle: at most one per output is expected, and
    /// without each output's one-build-at-a-time lock file (<c>.output.lock</c>, which stays).
    /// </summary>
    public static IReadOnlyList<string> Entries(string parent)
    {
        var names = Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).OfType<string>()
            .Where(name => !(name.StartsWith('.') && name.EndsWith(".lock", StringComparison.Ordinal) && !name.Contains(".staging-", StringComparison.Ordinal)))
            .ToList();
        var spares = names
            .Where(name => name.StartsWith('.') && name.Contains(".staging-", StringComparison.Ordinal)
                && Directory.Exists(Path.Combine(parent, name)) && names.Contains(name + ".lock"))
            .GroupBy(name => name[..name.IndexOf(".staging-", StringComparison.Ordinal)], StringComparer.Ordinal)
            .Select(outputs => outputs.Order(StringComparer.Ordinal).First())
            .ToHashSet(StringComparer.Ordinal);
        return [.. names.Where(name => !spares.Contains(name) && !spares.Contains(name.EndsWith(".lock", StringComparison.Ordinal) ? name[..^".lock".Length] : name)).Order(StringComparer.Ordinal)];
    }
}
