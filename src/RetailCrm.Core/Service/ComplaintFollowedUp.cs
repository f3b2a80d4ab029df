namespace RetailCrm.Service;

using RetailCrm.Primitives;
using RetailCrm.Segmentation;

/// <summary>The customer's satisfaction after the resolution was recorded.</summary>
public sealed record ComplaintFollowedUp : ComplaintMoved
{
    /// <summary>Creates the event.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="transition">The transition recorded.</param>
    /// <param name="level">Who handles the complaint afterwards.</param>
    /// <param name="answer">The customer's answer.</param>
    /// <exception cref="ArgumentException"><paramref name="complaint"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    public ComplaintFollowedUp(ComplaintId complaint, ComplaintTransition transition, HandlingLevel level, Satisfaction answer)
        : base(IdArgument.Require(complaint, nameof(complaint)), transition, level) => Answer = answer;

    /// <summary>The customer's answer.</summary>
    public Satisfaction Answer { get; }
}
