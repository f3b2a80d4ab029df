namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

public sealed partial class PromotionUsageLedger
{
    /// <summary>The ledger as plain data.</summary>
    /// <returns>The snapshot; counters are recomputed from the uses on load.</returns>
    public PromotionUsageSnapshot ToSnapshot() =>
        new(Promotion, Currency.Code, Version, [.. uses.Values.OrderBy(u => u.Order.Value, StringComparer.Ordinal)]);

    /// <summary>Rebuilds a ledger from a snapshot, checking it.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or a use is null.</exception>
    /// <exception cref="ArgumentException">The snapshot names no promotion, an unknown currency, a negative version, or an order twice, or a discount in another currency.</exception>
    public static PromotionUsageLedger FromSnapshot(PromotionUsageSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(snapshot.Uses, nameof(snapshot));
        ArgumentRange.NotNegative(snapshot.Version, nameof(snapshot));
        var ledger = Open(snapshot.Promotion, Currency.FromCode(snapshot.CurrencyCode));
        foreach (var use in snapshot.Uses)
        {
            if (use is null || use.Discount.Currency != ledger.Currency || ledger.uses.ContainsKey(use.Order))
            {
                throw new ArgumentException("A use in the snapshot is missing, repeated or in another currency.", nameof(snapshot));
            }

            ledger.Apply(use, +1);
        }

        ledger.Version = snapshot.Version;
        return ledger;
    }
}
