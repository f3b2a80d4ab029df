namespace RetailCrm.Promotions;

using NodaTime;

/// <summary>Checks the coupon codes presented with a cart before pricing, and decides each once the promotions are priced.</summary>
internal sealed class CouponDesk
{
    private readonly List<(CouponCode Code, Coupon? Coupon, CouponReason Reason)> entries = [];

    /// <summary>Checks the codes <paramref name="cart"/> presents, in order, forgetting the previous cart's.</summary>
    public void Check(PromotionCatalog catalog, Func<CouponCode, Coupon?> find, Cart cart, Shopper shopper, Instant at, IPromotionUsage usage)
    {
        entries.Clear();
        var accepted = 0;
        var codes = cart.Coupons;
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            var coupon = find(code);
            if (coupon?.IssuedTo is { } owner && owner != shopper.Customer)
            {
                coupon = null;
            }

            var reason = Reason(coupon, !Presented(code), shopper, at, usage);
            if (reason == CouponReason.Applied && accepted == catalog.Options.MaxCouponsPerCart)
            {
                reason = CouponReason.TooManyCoupons;
            }

            accepted += reason == CouponReason.Applied ? 1 : 0;
            entries.Add((code, coupon, reason));
        }
    }

    /// <summary>Forgets the cart's codes.</summary>
    public void End() => entries.Clear();

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
    public IReadOnlyList<CouponDecision> Decide(PromotionDecision[] decisions, PromotionCatalog catalog)
    {
        if (entries.Count == 0)
        {
            return [];
        }

        var result = new CouponDecision[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var (code, coupon, reason) = entries[i];
            if (reason == CouponReason.Applied && !decisions[catalog.IndexById[coupon!.Promotion]].Applied)
            {
                reason = CouponReason.PromotionNotApplied;
            }

            var outcome = reason == CouponReason.Applied ? CouponOutcome.Applied : CouponOutcome.Rejected;
            var message = reason == CouponReason.PromotionNotApplied ? decisions[catalog.IndexById[coupon!.Promotion]].Message : DecisionText.For(reason, code);
            result[i] = new CouponDecision(code, outcome, reason, coupon?.Promotion, message);
        }

        return result;
    }

    private bool Presented(CouponCode code)
    {
        foreach (var entry in entries)
        {
            if (entry.Code.Equals(code))
            {
                return true;
            }
        }

        return false;
    }

    private CouponReason Reason(Coupon? coupon, bool firstTime, Shopper shopper, Instant at, IPromotionUsage usage)
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

        return Unlocks(coupon.Promotion) ? CouponReason.Duplicate : CouponReason.Applied;
    }
}
