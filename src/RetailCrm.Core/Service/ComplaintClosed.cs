namespace RetailCrm.Service;

using RetailCrm.Primitives;

/// <summary>The complaint was finished.</summary>
public sealed record ComplaintClosed : ComplaintMoved
{
    /// <summary>Creates the event.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="transition">The transition recorded.</param>
    /// <param name="level">Who handles the complaint afterwards.</param>
    /// <exception cref="ArgumentException"><paramref name="complaint"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    public ComplaintClosed(ComplaintId complaint, ComplaintTransition transition, HandlingLevel level)
        : base(IdArgument.Require(complaint, nameof(complaint)), transition, level)
    {
    }
}
