namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using NodaTime;
using RetailCrm.Primitives;

/// <summary>The shop-wide settings of a promotion catalog: currency, time zone, coupon limit, list-price policy and member-only access.</summary>
public sealed record PricingOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="currency">The currency carts are priced in.</param>
    /// <param name="zone">The shop's time zone: date-time windows and daily hours are read in it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PricingOptions(Currency currency, DateTimeZone zone)
    {
        Currency = Guard.Against.Null(currency);
        Zone = Guard.Against.Null(zone);
    }

    /// <summary>The currency carts are priced in.</summary>
    public Currency Currency { get; }

    /// <summary>The shop's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>How many coupons one cart may use; 3 by default. Further codes are refused with <see cref="CouponReason.TooManyCoupons"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is below 1.</exception>
    public int MaxCouponsPerCart
    {
        get;
        init => field = ArgumentRange.Positive(value, nameof(MaxCouponsPerCart));
    } = 3;

    /// <summary>
    /// The membership tiers that open member-only promotions (those with <see cref="Condition.Member"/>):
    /// the tiers whose benefits grant member-only access, e.g. <c>ladder.MemberOnlyTiers</c>. A shopper
    /// in another tier is refused with <see cref="PromotionReason.NoMemberOnlyAccess"/>, a shopper in
    /// no tier with <see cref="PromotionReason.NotAMember"/>. <see langword="null"/> (the default) says
    /// nothing, and a catalog with a member-only promotion then refuses to be built.
    /// </summary>
    /// <exception cref="ArgumentException">A tier is <c>default</c>.</exception>
    public IReadOnlySet<TierId>? MemberOnlyTiers
    {
        get;
        init => field = value is null ? null
            : value.Contains(default) ? throw new ArgumentException("A tier id must not be default.", nameof(MemberOnlyTiers))
            : value.ToHashSet();
    }

    /// <summary>Where list prices come from; the cart's prices as given by default.</summary>
    /// <exception cref="ArgumentNullException">The policy is null.</exception>
    public ListPricePolicy ListPrices
    {
        get => field ?? ListPricePolicy.AsGiven;
        init => field = Guard.Against.Null(value, nameof(ListPrices));
    }
}
