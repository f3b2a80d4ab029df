namespace RetailCrm.Promotions;

using RetailCrm.Persistence;

/// <summary>Where promotion usage ledgers are kept: the in-memory store by default, a database adapter, or the shop's own store.</summary>
public interface IPromotionUsageRepository
{
    /// <summary>Finds the ledger of <paramref name="promotion"/>.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The ledger, or <see langword="null"/> when the promotion has never been used.</returns>
    Task<PromotionUsageLedger?> FindAsync(PromotionId promotion, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="ledger"/> if the stored version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="ledger">The changed ledger.</param>
    /// <param name="expectedVersion">The version it was loaded at (0 for a new ledger).</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when saved.</returns>
    /// <exception cref="ConcurrencyConflictException">Another writer saved the ledger first.</exception>
    Task SaveAsync(PromotionUsageLedger ledger, long expectedVersion, CancellationToken cancellationToken = default);
}
