namespace RetailCrm.Points;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>Something that happened to a customer's points account, in the stream <c>points/{customer}</c>.</summary>
public abstract record PointsEvent : DomainEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="CustomerId">The account's customer.</param>
    /// <param name="At">When: the instant the command's entries carry.</param>
    /// <param name="Change">The change to the balance.</param>
    /// <exception cref="ArgumentException"><paramref name="CustomerId"/> is <c>default</c>.</exception>
    /// <remarks>The parameters are named as the properties they set, as in the derived positional records, so a bad one is named alike.</remarks>
    protected PointsEvent(CustomerId CustomerId, Instant At, Points Change)
        : base(At)
    {
        this.CustomerId = IdArgument.Require(CustomerId, nameof(CustomerId));
        this.Change = Change;
    }

    /// <summary>The account's customer.</summary>
    public CustomerId CustomerId { get; }

    /// <summary>The change to the balance.</summary>
    public Points Change { get; }

    /// <inheritdoc />
    public override string Stream => $"points/{CustomerId}";
}
