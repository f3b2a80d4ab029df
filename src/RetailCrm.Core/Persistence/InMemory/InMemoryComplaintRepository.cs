namespace RetailCrm.Persistence.InMemory;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;
using RetailCrm.Service;

/// <summary>Keeps complaints in memory, thread-safe, with optimistic concurrency: the zero-configuration default.</summary>
public sealed class InMemoryComplaintRepository : IComplaintRepository
{
    private readonly InMemorySnapshotStore<ComplaintId, ComplaintSnapshot> store = new("complaint");
    private readonly ServiceRecoveryPolicy policy;

    /// <summary>Creates an empty store for complaints handled under <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy complaints are rebuilt with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public InMemoryComplaintRepository(ServiceRecoveryPolicy policy) => this.policy = Guard.Against.Null(policy);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public Task<Complaint?> FindAsync(ComplaintId id, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(id, nameof(id));
        return store.FindAsync(id, Rebuild, cancellationToken);
    }

    /// <inheritdoc/>
    public Task SaveAsync(Complaint complaint, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(complaint);
        return store.SaveAsync(complaint.Id, complaint.ToSnapshot, complaint.Version, expectedVersion, cancellationToken);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public Task<IReadOnlyList<Complaint>> ListByCustomerAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customer, nameof(customer));
        return Where(s => s.Intake.Customer == customer, _ => true, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<Complaint>> FindOverdueAsync(Instant at, CancellationToken cancellationToken = default) =>
        Where(_ => true, c => c.IsOverdueAt(at), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<Complaint>> FindFollowUpsDueAsync(Instant at, CancellationToken cancellationToken = default) =>
        Where(s => s.FollowUpDueAt is { } due && due <= at, c => c.IsFollowUpDueAt(at), cancellationToken);

    private Complaint Rebuild(ComplaintSnapshot snapshot) => Complaint.FromSnapshot(snapshot, policy);

    private Task<IReadOnlyList<Complaint>> Where(Func<ComplaintSnapshot, bool> stored, Func<Complaint, bool> keep, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Complaint> found = [.. store.Snapshots().Where(stored).Select(Rebuild).Where(keep)
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.Id.Value, StringComparer.Ordinal)];
        return Task.FromResult(found);
    }
}
