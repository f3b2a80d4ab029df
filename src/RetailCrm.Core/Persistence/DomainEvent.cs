namespace RetailCrm.Persistence;

using NodaTime;

/// <summary>
/// Something that happened to an aggregate (points earned, a promotion used, a tier changed), written
/// by the store in the same commit as the state it describes and readable in order from the store's
/// outbox (<see cref="IEventOutbox"/>), so an integrator can publish it without ever losing one.
/// </summary>
/// <remarks>
/// Events are plain immutable records: the library raises them, it never sends them anywhere. Each
/// names the <see cref="Stream"/> of the aggregate it belongs to, so a reader can keep per-aggregate
/// order when it fans events out.
/// </remarks>
public abstract record DomainEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="at">When it happened: the instant of the command that raised it.</param>
    protected DomainEvent(Instant at) => At = at;

    /// <summary>When it happened: the instant of the command that raised it.</summary>
    public Instant At { get; }

    /// <summary>The aggregate the event belongs to, as text, e.g. <c>points/C-1001</c> or <c>promotion/FLASH-618</c>.</summary>
    public abstract string Stream { get; }
}
