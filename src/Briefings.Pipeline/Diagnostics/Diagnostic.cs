using System.Globalization;
using System.Text;

namespace Briefings.Engine.Diagnostics;

/// <summary>
/// One problem found during a build, located as precisely as it is known.
/// <see cref="ToString"/> uses the canonical compiler form <c>path:line:col: error CODE: message</c>
/// that editors and CI annotate.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message)
{
    /// <summary>The file, relative to the site root with '/' separators.</summary>
    public string? File { get; init; }

    /// <summary>1-based line, when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column, when known.</summary>
    public int? Column { get; init; }

    /// <summary>What to do about it, when there is something useful to say.</summary>
    public string? Hint { get; init; }

    public static Diagnostic Error(string code, string message, string? file = null, int? line = null, int? column = null, string? hint = null) =>
        new(Severity.Error, code, message) { File = file, Line = line, Column = column, Hint = hint };

    public static Diagnostic Warning(string code, string message, string? file = null, int? line = null, int? column = null, string? hint = null) =>
        new(Severity.Warning, code, message) { File = file, Line = line, Column = column, Hint = hint };

    public string Location
    {
        get
        {
            if (File is null)
            {
                return "briefings";
            }

            var builder = new StringBuilder(File);
            if (Line is { } line)
            {
                builder.Append(CultureInfo.InvariantCulture, $":{line}");
                if (Column is { } column)
                {
                    builder.Append(CultureInfo.InvariantCulture, $":{column}");
                }
            }

            return builder.ToString();
        }
    }

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = $"{Location}: {severity} {Code}: {Message}";
        return Hint is null ? text : $"{text} ({Hint})";
    }
}
