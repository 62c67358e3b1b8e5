using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Briefings.Tests.Hostile;

/// <summary>
/// What one hostile fixture (<c>Fixtures/hostile/&lt;case&gt;/expected.yml</c>) must do: the exact errors
/// it reports (code, file, line), warnings it must also report, and, for cases that build, checks on
/// the pages written. A case without errors must build.
/// </summary>
public sealed class FixtureExpectation
{
    public const string FileName = "expected.yml";

    public string About { get; set; } = string.Empty;

    public List<ExpectedDiagnostic> Errors { get; set; } = [];

    public List<ExpectedDiagnostic> Warnings { get; set; } = [];

    /// <summary>Files of the base site (templates, site.yml) the case deletes, relative to the root.</summary>
    public List<string> Remove { get; set; } = [];

    public List<ExpectedPage> Pages { get; set; } = [];

    public bool Builds => Errors.Count == 0;

    public static FixtureExpectation Read(string path) =>
        new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build()
            .Deserialize<FixtureExpectation>(File.ReadAllText(path));
}

public sealed class ExpectedDiagnostic
{
    public string Code { get; set; } = string.Empty;

    public string File { get; set; } = string.Empty;

    /// <summary>Null when the diagnostic has no line (a missing template).</summary>
    public int? Line { get; set; }

    public override string ToString() => $"{File}:{Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {Code}";
}

public sealed class ExpectedPage
{
    /// <summary>The output file, e.g. "script-in-body/index.html".</summary>
    public string Page { get; set; } = string.Empty;

    /// <summary>CSS selectors that must match at least one element.</summary>
    public List<string> Present { get; set; } = [];

    /// <summary>CSS selectors that must match nothing.</summary>
    public List<string> Absent { get; set; } = [];

    /// <summary>Selector (or "selector@attribute") → the exact text (whitespace collapsed) of its first match.</summary>
    public Dictionary<string, string> Text { get; set; } = [];
}
