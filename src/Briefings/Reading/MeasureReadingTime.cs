using Briefings.Content;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Site;

namespace Briefings.Reading;

/// <summary>Estimates each briefing's reading time from its text facts at the configured reading speeds.</summary>
public sealed class MeasureReadingTime(SiteSettings settings) : PerDocumentModule
{
    protected override Document? Execute(Document input, PipelineContext context)
    {
        var facts = input.Get(BriefingKeys.TextFacts);
        var time = ReadingTime.Estimate(facts.Words, facts.CjkCharacters, settings.WordsPerMinute, settings.CharactersPerMinute);
        return input.With(BriefingKeys.ReadingTime, time);
    }
}
