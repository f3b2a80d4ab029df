namespace RetailCrm.Persistence.InMemory;

using Ardalis.GuardClauses;
using RetailCrm.Membership;
using RetailCrm.Primitives;

/// <summary>Keeps membership accounts in memory, thread-safe, with optimistic concurrency: the zero-configuration default.</summary>
public sealed class InMemoryMembershipRepository : IMembershipRepository
{
    private readonly InMemorySnapshotStore<CustomerId, MembershipSnapshot> store = new("membership account");
    private readonly TierLadder ladder;

    /// <summary>Creates an empty store for accounts on <paramref name="ladder"/>.</summary>
    /// <param name="ladder">The ladder accounts are rebuilt against.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ladder"/> is null.</exception>
    public InMemoryMembershipRepository(TierLadder ladder) => this.ladder = Guard.Against.Null(ladder);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public Task<MembershipAccount?> FindAsync(CustomerId customer, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(customer, nameof(customer));
        return store.FindAsync(customer, snapshot => MembershipAccount.FromSnapshot(snapshot, ladder), cancellationToken);
    }

    /// <inheritdoc/>
    public Task SaveAsync(MembershipAccount account, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(account);
        return store.SaveAsync(account.Customer, account.ToSnapshot, account.Version, expectedVersion, cancellationToken);
    }
}
