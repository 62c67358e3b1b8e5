namespace Briefings.Templates;

/// <summary>
/// Markup that is already safe: the rendered Markdown body or a rendered page. It is the only thing a
/// template writes without escaping, so trusting HTML is always a visible, deliberate choice in code.
/// </summary>
public sealed record Html(string Value)
{
    public override string ToString() => Value;
}
