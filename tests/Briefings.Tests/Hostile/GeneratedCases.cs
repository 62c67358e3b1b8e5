using System.Text;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>
/// The content of hostile cases that is impractical to commit: megabytes of text, and file names no
/// Windows checkout could hold (a file named like a device). Their expected.yml is committed as usual.
/// </summary>
public static class GeneratedCases
{
    public static readonly IReadOnlyDictionary<string, Action<SiteFolder>> Writers = new Dictionary<string, Action<SiteFolder>>(StringComparer.Ordinal)
    {
        ["ten-megabyte-body"] = site => site.Write("huge.md", Header("Ten megabytes of prose") + Repeat("A paragraph of news prose, long enough to be read, about ships, ports and sanctions.\n\n", 10 * 1024 * 1024)),
        ["front-matter-too-large"] = site => site.Write("bloated.md", "---\ntitle: Bloated\ndate: 2025-01-01T09:00:00+00:00\nnotes: \"" + new string('x', 100 * 1024) + "\"\n---\nBody.\n"),
        ["raw-html-flood"] = site => site.Write("flood.md", Header("Flood") + "Intro.\n\n" + Repeat("<div>", 500 * 1024) + "\n"),
        ["file-name-device-name"] = site => site.Write("nul.md", Header("A file named like a device") + "Body.\n"),
    };

    private static string Header(string title) => $"---\ntitle: {title}\ndate: 2025-01-01T09:00:00+00:00\n---\n";

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text);
        }

        return builder.ToString();
    }
}
