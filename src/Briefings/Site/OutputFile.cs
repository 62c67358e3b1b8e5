namespace Briefings.Site;

/// <summary>A file a build wrote: its path in the output folder ('/' separators), lower-case hex SHA-256 and size in bytes.</summary>
public sealed record OutputFile(string Path, string Sha256, int Bytes);
