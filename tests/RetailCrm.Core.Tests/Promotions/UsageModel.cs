namespace RetailCrm.Tests.Promotions;

using RetailCrm.Primitives;
using RetailCrm.Promotions;

/// <summary>
/// The naive reference for promotion usage: every use and release is kept in a list, and every count
/// is a replay of the whole list. Slow on purpose, and obviously right.
/// </summary>
internal sealed class UsageModel(PromotionCatalog catalog) : IPromotionUsage
{
    private readonly List<(bool Used, PromotionId Promotion, PromotionUse Use)> history = [];

    /// <summary>Uses and releases so far: the events the store should have written.</summary>
    public int Events => history.Count;

    /// <summary>Replays the whole history: the uses not released.</summary>
    public List<(PromotionId Promotion, PromotionUse Use)> Active()
    {
        var active = new List<(PromotionId Promotion, PromotionUse Use)>();
        foreach (var (used, promotion, use) in history)
        {
            if (used)
            {
                active.Add((promotion, use));
            }
            else
            {
                active.Remove((promotion, use));
            }
        }

        return active;
    }

    /// <summary>Records an order as the service should, described as the test compares outcomes.</summary>
    public string Record(OrderId order, CustomerId customer, List<(PromotionId Promotion, PromotionUse Use)> wanted)
    {
        var active = Active();
        var earlier = active.Where(a => a.Use.Order == order).OrderBy(a => a.Promotion.Value, StringComparer.Ordinal).ToList();
        if (earlier.Count > 0)
        {
            return earlier.SequenceEqual(wanted.OrderBy(w => w.Promotion.Value, StringComparer.Ordinal)) ? Succeeded(wanted) : "conflict";
        }

        foreach (var (promotion, use) in wanted)
        {
            if (Refusal(active.Where(a => a.Promotion == promotion).Select(a => a.Use).ToList(), catalog.PromotionsById[promotion].Limits, use) is { } reason)
            {
                return $"False {promotion} {reason} []";
            }
        }

        history.AddRange(wanted.Select(w => (true, w.Promotion, w.Use)));
        return Succeeded(wanted);
    }

    /// <summary>Cancels an order: releases every use it has; how many.</summary>
    public int Cancel(OrderId order)
    {
        var uses = Active().Where(a => a.Use.Order == order).ToList();
        history.AddRange(uses.Select(u => (false, u.Promotion, u.Use)));
        return uses.Count;
    }

    public (long Uses, long Units, Money Discount) Totals(PromotionId promotion)
    {
        var uses = Active().Where(a => a.Promotion == promotion).Select(a => a.Use).ToList();
        return (uses.Count, uses.Sum(u => u.Units), Money.FromMinorUnits(uses.Sum(u => u.Discount.ToMinorUnits()), Currency.CNY));
    }

    public long ValueOf(UsageCounter counter)
    {
        var uses = Active().Where(a => a.Promotion == counter.Promotion).Select(a => a.Use).ToList();
        return counter.Kind switch
        {
            UsageCounterKind.Uses => uses.Count,
            UsageCounterKind.CustomerUses => uses.Count(u => u.Customer == counter.Customer),
            UsageCounterKind.UnitsSold => uses.Sum(u => u.Units),
            UsageCounterKind.DiscountGiven => uses.Sum(u => u.Discount.ToMinorUnits()),
            UsageCounterKind.CouponUses => uses.Count(u => u.Coupon == counter.Coupon),
            _ => uses.Count(u => u.Coupon == counter.Coupon && u.Customer == counter.Customer),
        };
    }

    public PromotionCounters CountersFor(PromotionId promotion, CustomerId customer)
    {
        var (uses, units, discount) = Totals(promotion);
        return new(uses, ValueOf(UsageCounter.CustomerUses(promotion, customer)), units, discount);
    }

    public CouponCounters CountersFor(CouponCode code, CustomerId customer) =>
        catalog.FindCoupon(code) is { } coupon
            ? new(ValueOf(UsageCounter.CouponUses(coupon.Promotion, code)), ValueOf(UsageCounter.CouponCustomerUses(coupon.Promotion, code, customer)))
            : default;

    private static string Succeeded(List<(PromotionId Promotion, PromotionUse Use)> wanted) =>
        $"True   [{string.Join(", ", wanted.Select(w => $"{w.Use.Units}/{w.Use.Discount}/{w.Use.Coupon}"))}]";

    private UsageRejectionReason? Refusal(List<PromotionUse> of, PromotionLimits limits, PromotionUse use)
    {
        if (limits.MaxUses is { } max && of.Count + 1 > max)
        {
            return UsageRejectionReason.UsageLimitReached;
        }

        if (limits.MaxUsesPerCustomer is { } perCustomer && of.Count(u => u.Customer == use.Customer) + 1 > perCustomer)
        {
            return UsageRejectionReason.CustomerLimitReached;
        }

        if (limits.Stock is { } stock && of.Sum(u => u.Units) + use.Units > stock)
        {
            return UsageRejectionReason.StockSoldOut;
        }

        if (limits.Budget is { } budget && of.Sum(u => u.Discount.ToMinorUnits()) + use.Discount.ToMinorUnits() > budget.ToMinorUnits())
        {
            return UsageRejectionReason.BudgetExhausted;
        }

        if (use.Coupon is { } code && catalog.FindCoupon(code) is { } coupon)
        {
            if (coupon.MaxUses is { } uses && of.Count(u => u.Coupon == code) + 1 > uses)
            {
                return UsageRejectionReason.CouponUsedUp;
            }

            if (coupon.MaxUsesPerCustomer is { } mine && of.Count(u => u.Coupon == code && u.Customer == use.Customer) + 1 > mine)
            {
                return UsageRejectionReason.CouponCustomerLimitReached;
            }
        }

        return null;
    }
}
