namespace RetailCrm.Points;

using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// Where points accounts are kept. Implement it over your own database to keep your storage;
/// RetailCrm.Testing's <c>PointsAccountRepositoryContract</c> checks an implementation.
/// </summary>
/// <remarks>
/// A store keeps <see cref="PointsAccountSnapshot"/>s and rebuilds accounts with
/// <see cref="PointsAccount.FromSnapshot"/>. Writes are optimistic: a save succeeds only if the
/// stored version is still the one the account was loaded at.
/// </remarks>
public interface IPointsAccountRepository
{
    /// <summary>Loads a customer's account.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The account, or null when the customer has none yet.</returns>
    Task<PointsAccount?> FindAsync(CustomerId customerId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves an account that was loaded at <paramref name="expectedVersion"/> (0 for a new
    /// account), replacing the stored state with the account's, at the account's
    /// <see cref="PointsAccount.Version"/>.
    /// </summary>
    /// <param name="account">The account.</param>
    /// <param name="expectedVersion">The version the account had when loaded, or 0 if it is new.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when the account is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative or above the account's version.</exception>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>: someone else saved first.</exception>
    Task SaveAsync(PointsAccount account, long expectedVersion, CancellationToken cancellationToken = default);
}
