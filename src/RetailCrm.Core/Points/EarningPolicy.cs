namespace RetailCrm.Points;

using System.Collections.Frozen;
using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// How an order earns points. Points are earned on the money actually paid for goods (after
/// discounts), by default not on shipping and not on the part paid with points; the exact total is
/// rounded down to whole points once per order, never per line, so splitting an order into lines
/// never loses a customer a point.
/// </summary>
/// <remarks>
/// points = floor( sum over lines of (line paid in money x rate x category multiplier)
/// [+ shipping x rate] ) x tier multiplier x campaign multiplier, then capped at <see cref="MaxPointsPerOrder"/>.
/// The multiplications happen before the single rounding.
/// </remarks>
public sealed class EarningPolicy
{
    /// <summary>Creates an earning policy.</summary>
    /// <param name="rate">Points earned per amount paid, e.g. 1 point per CNY 1.</param>
    /// <param name="categoryMultipliers">Multipliers by product category (e.g. 2 for "own-brand"); others earn 1x. Each above zero.</param>
    /// <param name="campaigns">Bonus campaigns by date; the highest multiplier of a day applies.</param>
    /// <param name="maxPointsPerOrder">A cap on the points one order earns, or null for none.</param>
    /// <param name="earnOnShipping">Whether shipping fees earn points (default no).</param>
    /// <param name="earnOnPointsPaidPart">Whether the part of an order paid with points earns points (default no).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A multiplier is not positive, or the cap is negative.</exception>
    /// <exception cref="ArgumentException">A campaign's currency or a rate's currency do not fit together.</exception>
    /// <exception cref="ArgumentException">A category of <paramref name="categoryMultipliers"/> is <c>default</c>.</exception>
    public EarningPolicy(
        PointsRate rate,
        IReadOnlyDictionary<CategoryId, decimal>? categoryMultipliers = null,
        IEnumerable<BonusCampaign>? campaigns = null,
        Points? maxPointsPerOrder = null,
        bool earnOnShipping = false,
        bool earnOnPointsPaidPart = false)
    {
        IdArgument.RequireEach(categoryMultipliers?.Keys, nameof(categoryMultipliers));
        Rate = Guard.Against.Null(rate);
        var multipliers = (categoryMultipliers ?? new Dictionary<CategoryId, decimal>()).ToFrozenDictionary();
        foreach (var (category, multiplier) in multipliers)
        {
            if (multiplier <= 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(categoryMultipliers), multiplier, $"The multiplier of category '{category}' must be above zero.");
            }
        }

        CategoryMultipliers = multipliers;
        Campaigns = (campaigns ?? []).ToArray();
        if (Campaigns.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(campaigns), "A campaign must not be null.");
        }

        if (maxPointsPerOrder is { } cap)
        {
            ArgumentRange.NotNegative(cap.Value, nameof(maxPointsPerOrder));
        }

        MaxPointsPerOrder = maxPointsPerOrder;
        EarnOnShipping = earnOnShipping;
        EarnOnPointsPaidPart = earnOnPointsPaidPart;
    }

    /// <summary>Points per amount paid.</summary>
    public PointsRate Rate { get; }

    /// <summary>Multipliers by category; categories not listed earn at 1x.</summary>
    public IReadOnlyDictionary<CategoryId, decimal> CategoryMultipliers { get; }

    /// <summary>Bonus campaigns by date.</summary>
    public IReadOnlyList<BonusCampaign> Campaigns { get; }

    /// <summary>The most points one order can earn, or null for no cap.</summary>
    public Points? MaxPointsPerOrder { get; }

    /// <summary>Whether shipping fees earn points.</summary>
    public bool EarnOnShipping { get; }

    /// <summary>Whether the part of an order paid with points earns points.</summary>
    public bool EarnOnPointsPaidPart { get; }

    /// <summary>The multiplier for a category: its configured value, or 1.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The multiplier.</returns>
    /// <exception cref="ArgumentException"><paramref name="category"/> is <c>default</c>.</exception>
    public decimal MultiplierFor(CategoryId category)
    {
        IdArgument.Require(category, nameof(category));
        return CategoryMultipliers.TryGetValue(category, out var multiplier) ? multiplier : 1m;
    }
}
