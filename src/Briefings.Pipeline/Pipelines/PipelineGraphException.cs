namespace Briefings.Engine.Pipelines;

/// <summary>The pipelines cannot be ordered: a duplicate name, an unknown dependency, or a cycle.</summary>
public sealed class PipelineGraphException(string message) : Exception(message);
