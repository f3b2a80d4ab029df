namespace RetailCrm.Promotions;

using RetailCrm.Primitives;

/// <summary>
/// A promotion's limits that count across orders. Pricing checks them against the counts the
/// caller passes in (<see cref="IPromotionUsage"/>); the promotion service records usage by bounded
/// increments that the store applies atomically, so two orders never both take the last unit.
/// </summary>
public sealed record PromotionLimits
{
    /// <summary>No limits.</summary>
    public static PromotionLimits None { get; } = new();

    /// <summary>How many orders may use the promotion in total, or <see langword="null"/> for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is below 1.</exception>
    public int? MaxUses
    {
        get;
        init => field = Positive(value, nameof(MaxUses));
    }

    /// <summary>How many orders of one customer (or guest identity) may use the promotion, or <see langword="null"/> for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is below 1.</exception>
    public int? MaxUsesPerCustomer
    {
        get;
        init => field = Positive(value, nameof(MaxUsesPerCustomer));
    }

    /// <summary>
    /// Flash-sale stock: how many units may be sold at the promotional price in total, or
    /// <see langword="null"/> for no limit. Units beyond the remaining stock are priced as if the
    /// promotion did not exist. A bundle counts one unit per bundle.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The stock is below 1.</exception>
    public int? Stock
    {
        get;
        init => field = Positive(value, nameof(Stock));
    }

    /// <summary>The campaign budget: the most the promotion may give away in total, or <see langword="null"/> for no limit.</summary>
    /// <exception cref="ArgumentException">The budget is not rounded or not positive.</exception>
    public Money? Budget
    {
        get;
        init => field = value is { } budget ? MoneyArgument.RoundedPositive(budget, nameof(Budget)) : null;
    }

    private static int? Positive(int? value, string name) =>
        value is < 1 ? throw new ArgumentOutOfRangeException(name, value, "A limit must be at least 1.") : value;
}
