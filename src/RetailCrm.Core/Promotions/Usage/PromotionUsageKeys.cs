namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// What a command names, for a store to load: the counters it checks and, for recording or
/// cancelling, the order whose uses it compares or gives back. Nothing else is loaded, so the cost
/// of a command does not grow with the orders before it.
/// </summary>
public sealed class PromotionUsageKeys
{
    /// <summary>Names counters and, optionally, an order.</summary>
    /// <param name="counters">The counters to read; duplicates are read once.</param>
    /// <param name="order">The order whose uses to read, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counters"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="order"/> is <c>default</c>.</exception>
    public PromotionUsageKeys(IEnumerable<UsageCounter> counters, OrderId? order = null)
    {
        Order = IdArgument.Require(order, nameof(order));
        Guard.Against.Null(counters);
        Counters = [.. counters.Select(c => c ?? throw new ArgumentNullException(nameof(counters), "A counter is null.")).Distinct()];
    }

    /// <summary>The counters to read, each once.</summary>
    public IReadOnlyList<UsageCounter> Counters { get; }

    /// <summary>The order whose uses to read, or <see langword="null"/>.</summary>
    public OrderId? Order { get; }
}
