namespace Briefings.Engine.Documents;

/// <summary>
/// The unit that flows through modules. Immutable: a module "changes" a document by returning
/// a copy made with a <c>with</c> expression, so earlier pipelines' outputs can be shared safely.
/// </summary>
public sealed record Document
{
    /// <summary>Stable identity across builds, normally the source path.</summary>
    public required string Id { get; init; }

    /// <summary>Where the document came from, relative to the site root with '/' separators; null for generated documents.</summary>
    public string? Source { get; init; }

    /// <summary>Where it will be written, relative to the output folder with '/' separators; null if it is not written.</summary>
    public string? Destination { get; init; }

    public DocumentContent Content { get; init; } = DocumentContent.Empty;

    public Metadata Metadata { get; init; } = Metadata.Empty;

    public T Get<T>(MetadataKey<T> key) where T : notnull => Metadata.Get(key);

    public Document With<T>(MetadataKey<T> key, T value) where T : notnull => this with { Metadata = Metadata.With(key, value) };

    public Document Without<T>(MetadataKey<T> key) where T : notnull => this with { Metadata = Metadata.Without(key) };

    public override string ToString() => Source ?? Destination ?? Id;
}
