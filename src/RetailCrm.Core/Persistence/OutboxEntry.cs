namespace RetailCrm.Persistence;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>A committed event as the outbox holds it: its place in commit order and the event.</summary>
public sealed record OutboxEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="position">Its place in commit order, from 1; strictly increasing, never reused.</param>
    /// <param name="event">The event.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is below 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    public OutboxEntry(long position, DomainEvent @event)
    {
        Position = ArgumentRange.Positive(position);
        Event = Guard.Against.Null(@event, nameof(@event));
    }

    /// <summary>Its place in commit order, from 1: an event committed later has a higher position.</summary>
    public long Position { get; }

    /// <summary>The event.</summary>
    public DomainEvent Event { get; }
}
