namespace RetailCrm.Persistence;

/// <summary>
/// The events a store committed together with state, in commit order, for an integrator to publish
/// (to a message bus, a webhook, a search index). An event is in the outbox exactly when the change
/// that raised it is stored: nothing is lost if the process dies after a commit, and nothing is
/// published for a change that was never stored.
/// </summary>
/// <remarks>
/// A publisher loops: <see cref="ReadUnpublishedAsync"/>, publish each entry, then
/// <see cref="MarkPublishedAsync"/> through the last position it published. Publishing is at least
/// once: a crash between publishing and marking publishes those entries again, so consumers
/// deduplicate by <see cref="OutboxEntry.Position"/>.
/// </remarks>
public interface IEventOutbox
{
    /// <summary>Reads committed events after <paramref name="afterPosition"/>, oldest first, published or not.</summary>
    /// <param name="afterPosition">The position to read after; 0 reads from the start.</param>
    /// <param name="maxCount">The most entries to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to <paramref name="maxCount"/> entries in position order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="afterPosition"/> is negative or <paramref name="maxCount"/> is out of range.</exception>
    Task<IReadOnlyList<OutboxEntry>> ReadAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Reads the oldest events not yet marked published.</summary>
    /// <param name="maxCount">The most entries to return, 1 to 10,000.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Up to <paramref name="maxCount"/> entries in position order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCount"/> is out of range.</exception>
    Task<IReadOnlyList<OutboxEntry>> ReadUnpublishedAsync(int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Marks every event up to and including <paramref name="throughPosition"/> as published; marking an earlier position again changes nothing.</summary>
    /// <param name="throughPosition">The last position published.</param>
    /// <param name="cancellationToken">Cancels the update.</param>
    /// <returns>A task that completes when the mark is stored.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="throughPosition"/> is below 1 or beyond the last committed position.</exception>
    Task MarkPublishedAsync(long throughPosition, CancellationToken cancellationToken = default);
}
