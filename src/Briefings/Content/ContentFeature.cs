using Briefings.Engine.Modules;
using Briefings.Engine.Pipelines;
using Briefings.Links;
using Briefings.Markdown;
using Briefings.Reading;
using Briefings.Safety;
using Briefings.Site;

namespace Briefings.Content;

/// <summary>Reads content/**/*.md into briefings: front matter, Markdown, text facts, reading time.</summary>
public sealed class ContentFeature : ISiteFeature
{
    public const string Pipeline = "Content";
    public const string Directory = "content";

    public IEnumerable<Engine.Pipelines.Pipeline> CreatePipelines(SiteContext site)
    {
        // Made on a worker thread while the engine reads files, instead of before it starts.
        var sanitizer = Task.Run(() => new BodySanitizer(site.Settings.Embeds));
        return
        [
            new()
            {
                Name = Pipeline,
                // Read by the Catalog's Process and by PostProcess (body links); the catalog keeps what pages need.
                ReleasedBeforeOutput = true,
                Input = [new ReadFiles(Directory, "**/*.md")],
                // One briefing at a time through every step: its Markdown tree and HTML document live only
                // while it is worked on, not for all briefings at once (gigabytes at 100,000 briefings).
                Process = [new ForEachDocument(new ParseBriefing(site.Settings), new SanitizeHtml(sanitizer, site.Urls), new MeasureReadingTime(site.Settings), new ReadBodyLinks(), new ReleaseContent())],
            },
        ];
    }
}
