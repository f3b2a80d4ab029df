namespace RetailCrm.Service;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// How much compensation a complaint may receive: a bound per handling level, scaled up by the
/// customer's value rank, and the compensation suggested to the agent for a grade.
/// </summary>
/// <remarks>
/// Defaults (<see cref="CreateDefault"/>): front line 200 points, coupons worth 20, no gift; senior
/// agent 1,000 points, coupons 50, gifts 50; manager 3,000 points, coupons 200, gifts 200 (in the
/// shop's currency); multiplied by 1, 1.5, 2 and 3 for value ranks 0, 1, 2 and 3 or more. The bounds
/// grow with the level so that whoever may handle a complaint may also settle it, and with the
/// customer's value because losing a valuable customer costs more.
/// </remarks>
public sealed class CompensationPolicy
{
    private readonly CompensationBound[] bounds;
    private readonly decimal[] valueMultipliers;

    /// <summary>Creates a policy.</summary>
    /// <param name="currency">The currency of the bounds.</param>
    /// <param name="frontLine">The bound at the front line, for the least valuable customers.</param>
    /// <param name="senior">The bound for a senior agent, none below the front line's.</param>
    /// <param name="manager">The bound for a manager, none below a senior agent's.</param>
    /// <param name="valueMultipliers">The multiplier of each value rank, rank 0 first; at least one, each at least 1, never smaller for a higher rank. Higher ranks use the last.</param>
    /// <param name="couponPromotion">The promotion of the coupons suggested, or <see langword="null"/> to suggest none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A bound is negative, in another currency or lower than the level below's, or the multipliers are not as described.</exception>
    /// <exception cref="ArgumentException"><paramref name="couponPromotion"/> is <c>default</c>.</exception>
    public CompensationPolicy(Currency currency, CompensationBound frontLine, CompensationBound senior, CompensationBound manager, IReadOnlyList<decimal> valueMultipliers, PromotionId? couponPromotion = null)
    {
        IdArgument.Require(couponPromotion, nameof(couponPromotion));
        Currency = Guard.Against.Null(currency);
        Guard.Against.Null(valueMultipliers);
        bounds = [Check(frontLine, null, nameof(frontLine)), Check(senior, frontLine, nameof(senior)), Check(manager, senior, nameof(manager))];
        if (valueMultipliers.Count == 0 || valueMultipliers[0] < 1m || valueMultipliers.Zip(valueMultipliers.Skip(1)).Any(p => p.Second < p.First))
        {
            throw new ArgumentException("At least one multiplier, each at least 1, never smaller for a higher rank.", nameof(valueMultipliers));
        }

        this.valueMultipliers = [.. valueMultipliers];
        CouponPromotion = couponPromotion;
    }

    /// <summary>The currency of the bounds.</summary>
    public Currency Currency { get; }

    /// <summary>The multiplier of each value rank, rank 0 first.</summary>
    public IReadOnlyList<decimal> ValueMultipliers => valueMultipliers;

    /// <summary>The promotion of the coupons suggested, or <see langword="null"/>.</summary>
    public PromotionId? CouponPromotion { get; }

    /// <summary>The default policy in <paramref name="currency"/>; see the remarks of <see cref="CompensationPolicy"/>.</summary>
    /// <param name="currency">The shop's currency.</param>
    /// <param name="couponPromotion">The promotion of the coupons suggested, or <see langword="null"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="couponPromotion"/> is <c>default</c>.</exception>
    public static CompensationPolicy CreateDefault(Currency currency, PromotionId? couponPromotion = null)
    {
        IdArgument.Require(couponPromotion, nameof(couponPromotion));
        Guard.Against.Null(currency);
        return new CompensationPolicy(
            currency,
            new CompensationBound(Points.Of(200), Money.Of(20m, currency), Money.Zero(currency)),
            new CompensationBound(Points.Of(1_000), Money.Of(50m, currency), Money.Of(50m, currency)),
            new CompensationBound(Points.Of(3_000), Money.Of(200m, currency), Money.Of(200m, currency)),
            [1m, 1.5m, 2m, 3m],
            couponPromotion);
    }

    /// <summary>The bound for a complaint handled at <paramref name="level"/> of a customer of value rank <paramref name="valueRank"/>: the level's bound times the rank's multiplier, points and money rounded down.</summary>
    /// <param name="level">The handling level.</param>
    /// <param name="valueRank">The customer's value rank; zero or more.</param>
    /// <returns>The bound.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined or <paramref name="valueRank"/> is negative.</exception>
    public CompensationBound BoundFor(HandlingLevel level, int valueRank)
    {
        var bound = bounds[(int)ArgumentRange.Defined(level)];
        var factor = valueMultipliers[Math.Min(ArgumentRange.NotNegative(valueRank), valueMultipliers.Length - 1)];
        return new CompensationBound(
            Points.Of((long)decimal.Floor(bound.MaxPoints.Value * factor)),
            Down(bound.MaxCouponValue * factor),
            Down(bound.MaxGiftValue * factor));
    }

    /// <summary>
    /// The compensation suggested for a complaint: always an apology; from a senior agent up, points
    /// (half the bound for a senior agent, the whole bound for a manager); for a manager a coupon at
    /// the bound when the policy names a promotion; and an exchange when a product of an order is at fault.
    /// </summary>
    /// <param name="level">The handling level.</param>
    /// <param name="valueRank">The customer's value rank; zero or more.</param>
    /// <param name="subject">What the complaint is about.</param>
    /// <param name="hasOrder">Whether the complaint names an order.</param>
    /// <returns>The actions, each within <see cref="BoundFor"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public IReadOnlyList<CompensationAction> Suggest(HandlingLevel level, int valueRank, ComplaintSubject subject, bool hasOrder)
    {
        var bound = BoundFor(level, valueRank);
        ArgumentRange.Defined(subject);
        var actions = new List<CompensationAction> { CompensationAction.Apology("apology") };
        var points = level switch
        {
            HandlingLevel.SeniorAgent => Points.Of(bound.MaxPoints.Value / 2),
            HandlingLevel.Manager => bound.MaxPoints,
            _ => Points.Zero,
        };
        if (points.IsPositive)
        {
            actions.Add(CompensationAction.PointsCredit("goodwill-points", points));
        }

        if (level == HandlingLevel.Manager && CouponPromotion is { } promotion && bound.MaxCouponValue.IsPositive)
        {
            actions.Add(CompensationAction.Coupon("goodwill-coupon", promotion, bound.MaxCouponValue));
        }

        if (subject == ComplaintSubject.Product && hasOrder)
        {
            actions.Add(CompensationAction.Remedy("exchange", CompensationKind.Exchange));
        }

        return actions;
    }

    // Directed rounding towards zero to the currency's minor unit: a bound is never rounded up.
    private static Money Down(Money amount) => amount.Round(MidpointRounding.ToZero);

    private CompensationBound Check(CompensationBound bound, CompensationBound? lower, string name)
    {
        Guard.Against.Null(bound, name);
        var valid = !bound.MaxPoints.IsNegative && !bound.MaxCouponValue.IsNegative && !bound.MaxGiftValue.IsNegative
            && bound.MaxCouponValue.Currency == Currency && bound.MaxGiftValue.Currency == Currency
            && (lower is null || (bound.MaxPoints >= lower.MaxPoints && bound.MaxCouponValue >= lower.MaxCouponValue && bound.MaxGiftValue >= lower.MaxGiftValue));
        return valid ? bound : throw new ArgumentException("A bound is not negative, in the policy's currency, and never lower than the level below's.", name);
    }
}
