using Briefings.Content;
using Briefings.Engine.Documents;

namespace Briefings.Catalog;

/// <summary>A briefing with the Content document it came from.</summary>
/// <remarks>A record, not a value tuple: LINQ over it runs the shared code the ReadyToRun image holds (a query over a value tuple is compiled at every start).</remarks>
public sealed record CatalogSource(Briefing Briefing, Document Document);
