namespace RetailCrm.Persistence.InMemory;

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
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is <c>default</c>.</exception>
    public Task<PointsAccount?> FindAsync(CustomerId customerId, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customerId, nameof(customerId));
        return store.FindAsync(customerId, snapshot => PointsAccount.FromSnapshot(snapshot, policy), cancellationToken);
    }

    /// <inheritdoc />
    public Task SaveAsync(PointsAccount account, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(account);
        return store.SaveAsync(account.CustomerId, account.ToSnapshot, account.Version, expectedVersion, cancellationToken);
    }
}
