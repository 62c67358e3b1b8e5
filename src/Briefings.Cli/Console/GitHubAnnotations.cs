using System.Globalization;
using System.Text;
using Briefings.Engine.Diagnostics;

namespace Briefings.Cli.Console;

/// <summary>
/// Diagnostics as GitHub workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>), so a
/// pull request shows each problem on its line. Escaped by the workflow-command rules: in the message
/// %, CR and LF; in property values also ':' and ','.
/// </summary>
public static class GitHubAnnotations
{
    public static string Format(Diagnostic diagnostic)
    {
        var properties = new List<string>();
        if (diagnostic.File is { } file)
        {
            properties.Add($"file={EscapeProperty(file)}");
        }

        if (diagnostic.Line is { } line)
        {
            properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={line}"));
        }

        if (diagnostic.Column is { } column)
        {
            properties.Add(string.Create(CultureInfo.InvariantCulture, $"col={column}"));
        }

        properties.Add($"title={EscapeProperty(diagnostic.Code)}");
        var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} ({diagnostic.Hint})";
        return $"::{command} {string.Join(',', properties)}::{EscapeData(message)}";
    }

    public static string EscapeData(string value) =>
        new StringBuilder(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    public static string EscapeProperty(string value) =>
        new StringBuilder(EscapeData(value)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
