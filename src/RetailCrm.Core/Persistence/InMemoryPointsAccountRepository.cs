namespace RetailCrm.Persistence;

using Ardalis.GuardClauses;
using RetailCrm.Points;
using RetailCrm.Primitives;

/// <summary>
/// The zero-configuration points store: thread-safe, in process memory, lost when the process
/// ends. Right for tests, samples and single-instance prototypes; use a database store in production.
/// </summary>
public sealed class InMemoryPointsAccountRepository : IPointsAccountRepository
{
    private readonly InMemorySnapshotStore<CustomerId, PointsAccountSnapshot> store = new("points account");
    private readonly PointsPolicy policy;

    /// <summary>Creates an empty store.</summary>
    /// <param name="policy">The policy accounts are rebuilt with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public InMemoryPointsAccountRepository(PointsPolicy policy) => this.policy = Guard.Against.Null(policy);

    /// <inheritdoc />
    public Task<PointsAccount?> FindAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = store.Find(customerId);
        return Task.FromResult(snapshot is null ? null : PointsAccount.FromSnapshot(snapshot, policy));
    }

    /// <inheritdoc />
    public Task SaveAsync(PointsAccount account, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(account);
        Guard.Against.OutOfRange(expectedVersion, nameof(expectedVersion), 0, account.Version);
        cancellationToken.ThrowIfCancellationRequested();
        store.Save(account.CustomerId, account.ToSnapshot(), account.Version, expectedVersion);
        return Task.CompletedTask;
    }
}
