namespace RetailCrm.Persistence;

using Ardalis.GuardClauses;
using RetailCrm.Promotions;

/// <summary>
/// Keeps promotion usage ledgers in memory, thread-safe, with optimistic concurrency: the
/// zero-configuration default, and the store tests and samples use.
/// </summary>
public sealed class InMemoryPromotionUsageRepository : IPromotionUsageRepository
{
    private readonly InMemorySnapshotStore<PromotionId, PromotionUsageSnapshot> store = new("promotion usage");

    /// <inheritdoc/>
    public Task<PromotionUsageLedger?> FindAsync(PromotionId promotion, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = store.Find(promotion);
        return Task.FromResult(snapshot is null ? null : PromotionUsageLedger.FromSnapshot(snapshot));
    }

    /// <inheritdoc/>
    public Task SaveAsync(PromotionUsageLedger ledger, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(ledger);
        Guard.Against.OutOfRange(expectedVersion, nameof(expectedVersion), 0, ledger.Version);
        cancellationToken.ThrowIfCancellationRequested();
        store.Save(ledger.Promotion, ledger.ToSnapshot(), ledger.Version, expectedVersion);
        return Task.CompletedTask;
    }
}
