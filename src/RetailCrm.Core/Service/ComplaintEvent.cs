namespace RetailCrm.Service;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>Something that happened to a complaint, in the stream <c>complaint/{id}</c>.</summary>
public abstract record ComplaintEvent : DomainEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="complaint">The complaint.</param>
    /// <param name="at">When it happened.</param>
    /// <exception cref="ArgumentException"><paramref name="complaint"/> is <c>default</c>.</exception>
    protected ComplaintEvent(ComplaintId complaint, Instant at)
        : base(at) => Complaint = IdArgument.Require(complaint, nameof(complaint));

    /// <summary>The complaint.</summary>
    public ComplaintId Complaint { get; }

    /// <inheritdoc/>
    public override string Stream => $"complaint/{Complaint}";
}
