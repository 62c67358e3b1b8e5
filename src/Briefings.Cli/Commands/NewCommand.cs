using System.CommandLine;
using System.Text;
using Briefings.Authoring;
using Briefings.Cli.Console;
using Briefings.Content;
using Briefings.Engine.Diagnostics;
using Briefings.Site;
using Briefings.Slugs;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings new "Title"</c>: starts a briefing with complete front matter, never overwriting one.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var title = new Argument<string>("title") { Description = "The briefing's title; its file name (and URL) is made from it." };
        var type = new Option<ItemType>("--type")
        {
            Description = "article, quote or video.",
            DefaultValueFactory = _ => ItemType.Article,
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (Enum.TryParse<ItemType>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(text[0]))
                {
                    return parsed;
                }

                result.AddError($"--type must be article, quote or video: '{text}'.");
                return ItemType.Article;
            },
        };
        var tags = new Option<string?>("--tags") { Description = "Tags, separated by commas: --tags \"EU,Sanctions\"." };
        var root = SiteOptions.Root();
        var command = new Command("new", "Start a new briefing under content/briefings/ with complete front matter for its type.")
        {
            title, type, tags, root,
        };
        command.SetAction(parse =>
        {
            var console = parse.InvocationConfiguration;
            var rootPath = parse.GetValue(root)!.FullName;
            var diagnostics = new List<Diagnostic>();
            var settingsPath = Path.Combine(rootPath, SiteSettings.FileName);
            var settings = SiteSettingsReader.Read(File.Exists(settingsPath) ? File.ReadAllText(settingsPath) : null, SiteSettings.FileName, diagnostics);
            new BuildPrinter(console.Output, console.Error, Verbosity.Quiet).Diagnostics(diagnostics);
            if (diagnostics.Any(d => d.Severity == Severity.Error))
            {
                return 1;
            }

            var text = parse.GetValue(title)!;
            var slug = Slugger.Slugify(text);
            if (slug.Length == 0)
            {
                console.Error.WriteLine($"briefings new: the title '{text}' has no letters or digits to make a file name from.");
                return 1;
            }

            var relative = $"{ContentFeature.Directory}/briefings/{slug}.md";
            var tagList = (parse.GetValue(tags) ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var scaffold = BriefingScaffold.Create(text.Trim(), parse.GetValue(type), tagList, DateTimeOffset.UtcNow, settings);
            var path = Path.Combine(rootPath, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                // CreateNew: never overwrite, even if the file appears between a check and the write.
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(new UTF8Encoding(false).GetBytes(scaffold));
            }
            catch (IOException) when (File.Exists(path))
            {
                console.Error.WriteLine($"briefings new: {relative} already exists; edit it, or choose another title.");
                return 1;
            }

            console.Output.WriteLine(relative);
            return 0;
        });
        return command;
    }
}
