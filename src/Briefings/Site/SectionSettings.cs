namespace Briefings.Site;

/// <summary>A section of the site ("World"), in the order the configuration lists them.</summary>
public sealed record SectionSettings(string Id, string Name);
