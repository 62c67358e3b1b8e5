namespace Briefings.Engine.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
