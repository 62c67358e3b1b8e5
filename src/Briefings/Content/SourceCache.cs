using Briefings.Engine.Documents;
using Briefings.Engine.Execution;

namespace Briefings.Content;

/// <summary>
/// Reuses per-source work across rebuilds while the source file's bytes are unchanged. Only for work
/// that depends on nothing but the file and the site configuration (a configuration change clears the
/// whole cache, see <see cref="Site.SiteBuilder"/>).
/// </summary>
public static class SourceCache
{
    public static T Reuse<T>(this PipelineContext context, string scope, Document source, Func<T> work) =>
        context.Cache.GetOrAdd(scope, source.Id, () => source.Content.Hash, work);
}
