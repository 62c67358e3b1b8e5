namespace Briefings.Templates;

/// <summary>
/// A view that never changes once built (immutable all the way down). A pure partial's markup for such a
/// value is rendered once per build and reused wherever the partial is included with the same instance
/// (see <see cref="PurePartials"/>). Values of any other type are rendered at every include.
/// </summary>
public interface IImmutableView;
