namespace RetailCrm.Persistence.InMemory;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// Keeps promotion usage ledgers in memory, thread-safe, with optimistic concurrency: the
/// zero-configuration default, and the store tests and samples use.
/// </summary>
public sealed class InMemoryPromotionUsageRepository : IPromotionUsageRepository
{
    private readonly InMemorySnapshotStore<PromotionId, PromotionUsageSnapshot> store = new("promotion usage");

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    public Task<PromotionUsageLedger?> FindAsync(PromotionId promotion, CancellationToken cancellationToken = default)
    {
        IdArgument.Require(promotion, nameof(promotion));
        return store.FindAsync(promotion, PromotionUsageLedger.FromSnapshot, cancellationToken);
    }

    /// <inheritdoc/>
    public Task SaveAsync(PromotionUsageLedger ledger, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(ledger);
        return store.SaveAsync(ledger.Promotion, ledger.ToSnapshot, ledger.Version, expectedVersion, cancellationToken);
    }
}
