namespace RetailCrm.Persistence.InMemory;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// The outbox of the in-memory stores: every store built with the same instance appends the events
/// of a commit to it while it holds its own lock, so the outbox order is the commit order.
/// Thread-safe; lost when the process ends, like the stores.
/// </summary>
public sealed class InMemoryEventOutbox : IEventOutbox
{
    private readonly List<OutboxEntry> entries = [];
    private readonly Lock gate = new();
    private long published;

    /// <summary>How many events have been committed.</summary>
    public long Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxEntry>> ReadAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        Paging.Require(afterPosition, maxCount, nameof(afterPosition));
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<OutboxEntry>>(Read(afterPosition, maxCount));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxEntry>> ReadUnpublishedAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        Paging.RequireCount(maxCount);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxEntry>>(Read(published, maxCount));
        }
    }

    /// <inheritdoc />
    public Task MarkPublishedAsync(long throughPosition, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            Guard.Against.OutOfRange(throughPosition, nameof(throughPosition), 1, Math.Max(1, entries.Count));
            if (throughPosition > entries.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(throughPosition), throughPosition, "No event has been committed at that position yet.");
            }

            published = Math.Max(published, throughPosition);
        }

        return Task.CompletedTask;
    }

    /// <summary>Appends the events of one commit, in the order raised. Stores call it while they hold their own lock.</summary>
    internal void Append(IReadOnlyList<DomainEvent> events)
    {
        lock (gate)
        {
            foreach (var e in events)
            {
                entries.Add(new OutboxEntry(entries.Count + 1, e));
            }
        }
    }

    private OutboxEntry[] Read(long afterPosition, int maxCount)
    {
        lock (gate)
        {
            return Paging.Page(entries, afterPosition, maxCount);
        }
    }
}
