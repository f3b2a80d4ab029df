namespace RetailCrm.Promotions;

using NodaTime;

/// <summary>Checks the coupon codes presented with a cart before pricing, and decides each once the promotions are priced.</summary>
internal sealed class CouponDesk
{
    private readonly List<(CouponCode Code, Coupon? Coupon, CouponReason Reason)> entries = [];

    private CouponDesk()
    {
    }

    /// <summary>Checks each code of <paramref name="cart"/>; <paramref name="find"/> finds a code's coupon, the catalog's or one issued at runtime.</summary>
    public static CouponDesk Check(PromotionCatalog catalog, Func<CouponCode, Coupon?> find, Cart cart, Shopper shopper, Instant at, IPromotionUsage usage)
    {
        var desk = new CouponDesk();
        var accepted = 0;
        var seen = new HashSet<CouponCode>();
        foreach (var code in cart.Coupons)
        {
            var coupon = find(code);
            if (coupon?.IssuedTo is { } owner && owner != shopper.Customer)
            {
                coupon = null;
            }

            var reason = Reason(desk, coupon, seen.Add(code), shopper, at, usage);
            if (reason == CouponReason.Applied && accepted == catalog.Options.MaxCouponsPerCart)
            {
                reason = CouponReason.TooManyCoupons;
            }

            accepted += reason == CouponReason.Applied ? 1 : 0;
            desk.entries.Add((code, coupon, reason));
        }

        return desk;
    }

    /// <summary>Whether an accepted coupon unlocks <paramref name="promotion"/>.</summary>
    public bool Unlocks(PromotionId promotion)
    {
        foreach (var entry in entries)
        {
            if (entry.Reason == CouponReason.Applied && entry.Coupon!.Promotion == promotion)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The decision for each code presented, given what became of the promotions.</summary>
    public CouponDecision[] Decide(IReadOnlyDictionary<PromotionId, PromotionDecision> decisions)
    {
        var result = new CouponDecision[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var (code, coupon, reason) = entries[i];
            if (reason == CouponReason.Applied && !decisions[coupon!.Promotion].Applied)
            {
                reason = CouponReason.PromotionNotApplied;
            }

            var outcome = reason == CouponReason.Applied ? CouponOutcome.Applied : CouponOutcome.Rejected;
            var message = reason == CouponReason.PromotionNotApplied ? decisions[coupon!.Promotion].Message : DecisionText.For(reason, code);
            result[i] = new CouponDecision(code, outcome, reason, coupon?.Promotion, message);
        }

        return result;
    }

    private static CouponReason Reason(CouponDesk desk, Coupon? coupon, bool firstTime, Shopper shopper, Instant at, IPromotionUsage usage)
    {
        if (!firstTime)
        {
            return CouponReason.Duplicate;
        }

        if (coupon is null)
        {
            return CouponReason.Unknown;
        }

        if (coupon.ValidFrom is { } from && at < from)
        {
            return CouponReason.NotYetValid;
        }

        if (coupon.ValidUntil is { } until && at >= until)
        {
            return CouponReason.Expired;
        }

        var counters = usage.CountersFor(coupon.Code, shopper.Customer);
        if (coupon.MaxUses is { } max && counters.Uses >= max)
        {
            return CouponReason.UsedUp;
        }

        if (coupon.MaxUsesPerCustomer is { } perCustomer && counters.CustomerUses >= perCustomer)
        {
            return CouponReason.CustomerLimitReached;
        }

        return desk.Unlocks(coupon.Promotion) ? CouponReason.Duplicate : CouponReason.Applied;
    }
}
