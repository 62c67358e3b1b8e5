namespace Briefings.Tests.Support;

/// <summary>The sample site under content/, built once for every test class that reads it.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = BuiltSite.BuildSample();

    public void Dispose() => Site.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSiteFixture>
{
    public const string Name = "sample site";
}
