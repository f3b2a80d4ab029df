namespace RetailCrm.Service;

using NodaTime;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>Where complaints are kept: the in-memory store by default, a database adapter, or the shop's own store.</summary>
public interface IComplaintRepository
{
    /// <summary>Finds a complaint.</summary>
    /// <param name="id">The complaint's id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The complaint, or <see langword="null"/> when there is none with that id.</returns>
    Task<Complaint?> FindAsync(ComplaintId id, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="complaint"/> if the stored version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="complaint">The changed complaint.</param>
    /// <param name="expectedVersion">The version it was loaded at (0 for a new complaint).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when saved.</returns>
    /// <exception cref="ConcurrencyConflictException">Another writer saved the complaint first.</exception>
    Task SaveAsync(Complaint complaint, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>The complaints of one customer, oldest first.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The complaints (empty when none).</returns>
    Task<IReadOnlyList<Complaint>> ListByCustomerAsync(CustomerId customer, CancellationToken cancellationToken = default);

    /// <summary>The complaints whose answer or solution is overdue at <paramref name="at"/> (see <see cref="Complaint.IsOverdueAt"/>), oldest first.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The overdue complaints.</returns>
    Task<IReadOnlyList<Complaint>> FindOverdueAsync(Instant at, CancellationToken cancellationToken = default);

    /// <summary>The complaints whose follow-up is due at <paramref name="at"/> (see <see cref="Complaint.IsFollowUpDueAt"/>), oldest first.</summary>
    /// <param name="at">The instant asked about.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The complaints to follow up.</returns>
    Task<IReadOnlyList<Complaint>> FindFollowUpsDueAsync(Instant at, CancellationToken cancellationToken = default);
}
