using System.CommandLine;
using Briefings.Cli.Console;

namespace Briefings.Cli.Commands;

/// <summary>Options shared by the commands that work on a site folder.</summary>
public static class SiteOptions
{
    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = "The site folder holding content/, templates/ and site.yml.",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public static Option<DirectoryInfo?> Output() => new("--output")
    {
        Description = "Where to write the site (default: <root>/output). It is replaced as a whole when the build succeeds.",
    };

    public static Option<bool> Serial() => new("--serial")
    {
        Description = "Run one pipeline and one document at a time (for debugging; the output is identical).",
    };

    public static Option<FileInfo?> Manifest() => new("--manifest")
    {
        Description = "After a successful build, write a JSON manifest of every output path with its SHA-256 to this file.",
    };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Publish items marked draft: true." };

    public static Option<bool> Future() => new("--future") { Description = "Publish items dated in the future." };

    public static Option<bool> Verbose() => new("--verbose") { Description = "Also print how long each pipeline phase took." };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print errors only." };

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "How to print diagnostics: text (path:line:col: error CODE: message) or github (workflow annotations).",
        DefaultValueFactory = _ => OutputFormat.Text,
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (text.Equals("text", StringComparison.OrdinalIgnoreCase))
            {
                return OutputFormat.Text;
            }

            if (text.Equals("github", StringComparison.OrdinalIgnoreCase))
            {
                return OutputFormat.GitHub;
            }

            result.AddError($"--format must be text or github: '{text}'.");
            return OutputFormat.Text;
        },
    };

    public static Verbosity VerbosityOf(ParseResult parse, Option<bool> quiet, Option<bool> verbose) =>
        parse.GetValue(quiet) ? Verbosity.Quiet : parse.GetValue(verbose) ? Verbosity.Verbose : Verbosity.Normal;

    public static Option<Uri?> BaseUrl() => new("--base-url")
    {
        Description = "Override the configured base URL (for preview deployments).",
        CustomParser = result =>
        {
            var text = result.Tokens.Single().Value;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }

            result.AddError($"--base-url must be an absolute http(s) URL: '{text}'.");
            return null;
        },
    };
}
