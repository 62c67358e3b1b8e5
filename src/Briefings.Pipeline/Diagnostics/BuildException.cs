namespace Briefings.Engine.Diagnostics;

/// <summary>
/// Thrown by a module for a problem with one input. When thrown from per-document work the engine
/// records it and drops that document, so the rest of the build can still be checked.
/// </summary>
public sealed class BuildException : Exception
{
    public BuildException(Diagnostic diagnostic)
        : base(diagnostic.ToString()) => Diagnostic = diagnostic;

    public BuildException(Diagnostic diagnostic, Exception inner)
        : base(diagnostic.ToString(), inner) => Diagnostic = diagnostic;

    public Diagnostic Diagnostic { get; }
}
