namespace Briefings.Engine.Documents;

/// <summary>
/// A typed metadata key. Modules declare their keys as static fields, so a misspelt key is a
/// compile error rather than a lookup that silently finds nothing.
/// </summary>
public sealed record MetadataKey<T>(string Name) where T : notnull
{
    public override string ToString() => Name;
}
