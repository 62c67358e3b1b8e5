using System.Collections.Immutable;
using Briefings.Engine.Diagnostics;
using Briefings.Engine.Documents;
using Briefings.Engine.Execution;
using Briefings.Engine.Modules;
using Briefings.Site;

namespace Briefings.Templates;

/// <summary>Parses every template read by the Templates pipeline into one <see cref="TemplateSet"/> document.</summary>
public sealed class ParseTemplates(params string[] required) : IModule
{
    public const string Pipeline = "Templates";

    public static readonly MetadataKey<TemplateSet> Key = new("TemplateSet");

    public static TemplateSet From(PipelineContext context) => context.OutputsOf(Pipeline).Single().Get(Key);

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var sources = new List<(string, string, string)>();
        foreach (var document in inputs)
        {
            var relative = document.Get(ReadFiles.RelativePath);
            sources.Add((relative[..relative.LastIndexOf('.')], document.Source!, document.Content.Text));
        }

        var set = TemplateSet.Parse(sources, context.Diagnostics.Add);
        foreach (var name in required.Where(name => !sources.Any(s => s.Item1 == name)))
        {
            context.Diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.TemplateError, $"The template '{name}' is missing.", $"{TemplateSet.Directory}/{name}.html", hint: $"create {TemplateSet.Directory}/{name}.html"));
        }

        return Task.FromResult<ImmutableArray<Document>>([new Document { Id = "templates", Metadata = Metadata.Empty.With(Key, set) }]);
    }
}
