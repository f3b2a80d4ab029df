namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>A complaint moved through its state machine: the transition recorded and who handles it afterwards.</summary>
public abstract record ComplaintMoved : ComplaintEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="transition">The transition recorded.</param>
    /// <param name="level">Who handles the complaint afterwards.</param>
    /// <exception cref="ArgumentException"><paramref name="complaint"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="transition"/> is null.</exception>
    protected ComplaintMoved(ComplaintId complaint, ComplaintTransition transition, HandlingLevel level)
        : base(IdArgument.Require(complaint, nameof(complaint)), Guard.Against.Null(transition).At)
    {
        Transition = transition;
        Level = level;
    }

    /// <summary>The transition recorded.</summary>
    public ComplaintTransition Transition { get; }

    /// <summary>Who handles the complaint afterwards.</summary>
    public HandlingLevel Level { get; }
}
