namespace RetailCrm.Service;

using RetailCrm.Primitives;

/// <summary>The customer was told the complaint is being handled.</summary>
public sealed record ComplaintAcknowledged : ComplaintMoved
{
    /// <summary>Creates the event.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="transition">The transition recorded.</param>
    /// <param name="level">Who handles the complaint afterwards.</param>
    /// <exception cref="ArgumentException"><paramref name="complaint"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    public ComplaintAcknowledged(ComplaintId complaint, ComplaintTransition transition, HandlingLevel level)
        : base(IdArgument.Require(complaint, nameof(complaint)), transition, level)
    {
    }
}
