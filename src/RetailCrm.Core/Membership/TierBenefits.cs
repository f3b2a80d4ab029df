namespace RetailCrm.Membership;

using Ardalis.GuardClauses;
using RetailCrm.Primitives;

/// <summary>
/// What a tier gives, as data the other parts of the library read: an extra discount and a
/// free-shipping threshold (as promotions, see <see cref="TierLadder.BenefitPromotions"/>), a points
/// multiplier (for <c>PointsService.EarnAsync</c>), access to member-only promotions, gifts and
/// priority service.
/// </summary>
public sealed record TierBenefits
{
    /// <summary>No benefits.</summary>
    public static TierBenefits None { get; } = new();

    /// <summary>The extra discount on eligible items, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The discount is 0% or above 100%.</exception>
    public Percentage? ExtraDiscount
    {
        get;
        init => field = value is { } d && (d <= Percentage.Zero || d > Percentage.Hundred)
            ? throw new ArgumentOutOfRangeException(nameof(ExtraDiscount), value, "Above 0% and at most 100%.")
            : value;
    }

    /// <summary>The points multiplier; 1 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The multiplier is not positive or above 100.</exception>
    public decimal PointsMultiplier
    {
        get;
        init => field = value is > 0m and <= 100m ? value : throw new ArgumentOutOfRangeException(nameof(PointsMultiplier), value, "Above 0 and at most 100.");
    } = 1m;

    /// <summary>Free shipping from this spend, or <see langword="null"/>; zero means always.</summary>
    /// <exception cref="ArgumentException">The amount is not rounded or is negative.</exception>
    public Money? FreeShippingFrom
    {
        get;
        init => field = value is { } threshold ? MoneyArgument.RoundedNonNegative(threshold, nameof(FreeShippingFrom)) : null;
    }

    /// <summary>
    /// Whether the tier opens member-only promotions (those with <c>Condition.Member</c>); the pricing
    /// engine reads it through <c>PricingOptions.MemberOnlyTiers</c> (<see cref="TierLadder.MemberOnlyTiers"/>).
    /// A promotion that names tiers (<c>Condition.InTier</c>) is for exactly those tiers, whatever this says.
    /// </summary>
    public bool MemberOnlyAccess { get; init; }

    /// <summary>A gift on reaching the tier, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The SKU is a <c>default</c> identifier.</exception>
    public Sku? WelcomeGift { get; init => field = IdArgument.Require(value, nameof(WelcomeGift)); }

    /// <summary>A gift on the member's birthday, or <see langword="null"/>.</summary>
    /// <exception cref="ArgumentException">The SKU is a <c>default</c> identifier.</exception>
    public Sku? BirthdayGift { get; init => field = IdArgument.Require(value, nameof(BirthdayGift)); }

    /// <summary>Whether the member's complaints and requests go to priority service.</summary>
    public bool PriorityService { get; init; }

    /// <summary>Ensures the benefits' amounts are in <paramref name="currency"/>.</summary>
    internal void RequireCurrency(Currency currency, string paramName)
    {
        Guard.Against.Null(currency);
        if (FreeShippingFrom is { } threshold && threshold.Currency != currency)
        {
            throw new ArgumentException($"A free-shipping threshold is in {threshold.Currency}, not {currency}.", paramName);
        }
    }
}
