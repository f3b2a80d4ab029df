namespace RetailCrm.Membership;

using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>Where membership accounts are kept: the in-memory store by default, a database adapter, or the shop's own store.</summary>
public interface IMembershipRepository
{
    /// <summary>Finds the account of <paramref name="customer"/>.</summary>
    /// <param name="customer">The member.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The account, or <see langword="null"/> when the customer has none yet.</returns>
    Task<MembershipAccount?> FindAsync(CustomerId customer, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="account"/> if the stored version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="account">The changed account.</param>
    /// <param name="expectedVersion">The version it was loaded at (0 for a new account).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when saved.</returns>
    /// <exception cref="ConcurrencyConflictException">Another writer saved the account first.</exception>
    Task SaveAsync(MembershipAccount account, long expectedVersion, CancellationToken cancellationToken = default);
}
