namespace Briefings.Engine.Pipelines;

/// <summary>The four phases every pipeline passes through, in this order.</summary>
public enum Phase
{
    /// <summary>Gather documents (read files). All pipelines' inputs run together.</summary>
    Input,

    /// <summary>Transform documents. Sees only the Process outputs of the pipeline's (transitive) dependencies.</summary>
    Process,

    /// <summary>Runs after every Process phase; sees every pipeline's Process output (layouts, indexes, cross-links).</summary>
    PostProcess,

    /// <summary>Writes results. Runs only when no error was reported.</summary>
    Output,
}
