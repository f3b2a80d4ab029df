namespace RetailCrm.Promotions;

using Ardalis.GuardClauses;
using RetailCrm.Persistence;
using RetailCrm.Primitives;

/// <summary>
/// The usage of one promotion across orders: which orders used it, how many units of its
/// flash-sale stock they took and how much of its budget they spent, per customer and per coupon.
/// Recording checks the limits against this state, so with optimistic concurrency two orders can
/// never both take the last unit; cancelling an order gives its uses, units and budget back.
/// </summary>
public sealed partial class PromotionUsageLedger
{
    private readonly Dictionary<OrderId, PromotionUse> uses = [];
    private readonly Dictionary<CustomerId, long> usesByCustomer = [];
    private readonly Dictionary<CouponCode, long> usesByCoupon = [];
    private readonly Dictionary<(CouponCode Coupon, CustomerId Customer), long> usesByCouponAndCustomer = [];
    private long discountGiven;

    private PromotionUsageLedger(PromotionId promotion, Currency currency)
    {
        Promotion = promotion;
        Currency = currency;
    }

    /// <summary>The promotion.</summary>
    public PromotionId Promotion { get; }

    /// <summary>The currency of the discounts.</summary>
    public Currency Currency { get; }

    /// <summary>Increases with every change; the store rejects a save from a stale version.</summary>
    public long Version { get; private set; }

    /// <summary>Orders that used the promotion and were not cancelled.</summary>
    public long Uses => uses.Count;

    /// <summary>Units sold at the promotional price.</summary>
    public long UnitsSold { get; private set; }

    /// <summary>The discount given so far.</summary>
    public Money DiscountGiven => Money.FromMinorUnits(discountGiven, Currency);

    /// <summary>The recorded uses, in no particular order.</summary>
    public IReadOnlyCollection<PromotionUse> Orders => uses.Values;

    /// <summary>Starts the ledger of a promotion nobody has used yet.</summary>
    /// <param name="promotion">The promotion.</param>
    /// <param name="currency">The currency of its discounts.</param>
    /// <returns>An empty ledger at version 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="promotion"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public static PromotionUsageLedger Open(PromotionId promotion, Currency currency) =>
        new(promotion.Value.Length > 0 ? promotion : throw new ArgumentException("The promotion is required.", nameof(promotion)), Guard.Against.Null(currency));

    /// <summary>
    /// Records <paramref name="use"/> if the limits allow it; recording the same use of the same
    /// order again changes nothing.
    /// </summary>
    /// <param name="use">The order's use.</param>
    /// <param name="limits">The promotion's limits.</param>
    /// <param name="coupon">The coupon used, when the use names one (for its own limits).</param>
    /// <returns>Recorded, replayed, or rejected with the limit that is reached.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="use"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="ArgumentException">The discount is in another currency, or <paramref name="coupon"/> does not match the use's coupon.</exception>
    /// <exception cref="IdempotencyKeyReusedException">The order was recorded before with different figures.</exception>
    public UsageResult Record(PromotionUse use, PromotionLimits limits, Coupon? coupon = null)
    {
        Guard.Against.Null(use);
        Guard.Against.Null(limits);
        if (use.Discount.Currency != Currency)
        {
            throw new ArgumentException($"The discount is in {use.Discount.Currency}; the ledger counts {Currency}.", nameof(use));
        }

        if (coupon is not null && coupon.Code != use.Coupon)
        {
            throw new ArgumentException($"The coupon {coupon} is not the one the use names.", nameof(coupon));
        }

        if (uses.TryGetValue(use.Order, out var earlier))
        {
            return earlier == use
                ? UsageResult.Replay
                : throw new IdempotencyKeyReusedException(new IdempotencyKey(use.Order.Value), Describe(earlier), Describe(use));
        }

        var rejection = Check(use, limits, coupon);
        if (rejection is not null)
        {
            return rejection;
        }

        Apply(use, +1);
        Version++;
        return UsageResult.Recorded;
    }

    /// <summary>Gives back what a cancelled order took: its use, units and budget.</summary>
    /// <param name="order">The cancelled order.</param>
    /// <returns>Whether the order had used the promotion.</returns>
    /// <exception cref="ArgumentException"><paramref name="order"/> is <c>default</c>.</exception>
    public bool Release(OrderId order)
    {
        IdArgument.Require(order, nameof(order));
        if (!uses.TryGetValue(order, out var use))
        {
            return false;
        }

        Apply(use, -1);
        Version++;
        return true;
    }

    /// <summary>The use <paramref name="order"/> made of the promotion, or <see langword="null"/> when it made none (or was cancelled).</summary>
    /// <param name="order">The order.</param>
    /// <returns>The use, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="order"/> is <c>default</c>.</exception>
    public PromotionUse? UseOf(OrderId order) => uses.GetValueOrDefault(IdArgument.Require(order, nameof(order)));

    /// <summary>The counts pricing checks limits against, for <paramref name="customer"/>.</summary>
    /// <param name="customer">The shopper's identity.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default</c>.</exception>
    public PromotionCounters CountersFor(CustomerId customer)
    {
        IdArgument.Require(customer, nameof(customer));
        return new(Uses, usesByCustomer.GetValueOrDefault(customer), UnitsSold, DiscountGiven);
    }

    /// <summary>The counts of a coupon of this promotion, for <paramref name="customer"/>.</summary>
    /// <param name="code">The coupon code.</param>
    /// <param name="customer">The shopper's identity.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="customer"/> is <c>default</c>.</exception>
    public CouponCounters CountersFor(CouponCode code, CustomerId customer)
    {
        IdArgument.Require(code, nameof(code));
        IdArgument.Require(customer, nameof(customer));
        return new(usesByCoupon.GetValueOrDefault(code), usesByCouponAndCustomer.GetValueOrDefault((code, customer)));
    }

    private UsageResult? Check(PromotionUse use, PromotionLimits limits, Coupon? coupon)
    {
        if (limits.MaxUses is { } maxUses && Uses >= maxUses)
        {
            return UsageResult.Rejected(UsageRejectionReason.UsageLimitReached, $"The promotion {Promotion} has been used {Uses} times, its limit.");
        }

        if (limits.MaxUsesPerCustomer is { } perCustomer && usesByCustomer.GetValueOrDefault(use.Customer) >= perCustomer)
        {
            return UsageResult.Rejected(UsageRejectionReason.CustomerLimitReached, $"The customer has used the promotion {Promotion} {perCustomer} times, its limit.");
        }

        if (limits.Stock is { } stock && UnitsSold + use.Units > stock)
        {
            return UsageResult.Rejected(UsageRejectionReason.StockSoldOut, $"Only {stock - UnitsSold} of {stock} units are left at the promotional price; the order needs {use.Units}.");
        }

        if (limits.Budget is { } budget && discountGiven + use.Discount.ToMinorUnits() > budget.ToMinorUnits())
        {
            return UsageResult.Rejected(UsageRejectionReason.BudgetExhausted, $"The promotion {Promotion} has {budget - DiscountGiven} of its budget left; the order needs {use.Discount}.");
        }

        if (coupon is not null && use.Coupon is { } code)
        {
            if (coupon.MaxUses is { } max && usesByCoupon.GetValueOrDefault(code) >= max)
            {
                return UsageResult.Rejected(UsageRejectionReason.CouponUsedUp, $"The coupon {code} has been used up.");
            }

            if (coupon.MaxUsesPerCustomer is { } mine && usesByCouponAndCustomer.GetValueOrDefault((code, use.Customer)) >= mine)
            {
                return UsageResult.Rejected(UsageRejectionReason.CouponCustomerLimitReached, $"The customer has already used the coupon {code}.");
            }
        }

        return null;
    }

    private void Apply(PromotionUse use, int sign)
    {
        if (sign > 0)
        {
            uses.Add(use.Order, use);
        }
        else
        {
            uses.Remove(use.Order);
        }

        Count(usesByCustomer, use.Customer, sign);
        UnitsSold = checked(UnitsSold + (sign * use.Units));
        discountGiven = checked(discountGiven + (sign * use.Discount.ToMinorUnits()));
        if (use.Coupon is { } code)
        {
            Count(usesByCoupon, code, sign);
            Count(usesByCouponAndCustomer, (code, use.Customer), sign);
        }
    }

    private static void Count<TKey>(Dictionary<TKey, long> counts, TKey key, int sign)
        where TKey : notnull
    {
        var count = counts.GetValueOrDefault(key) + sign;
        if (count == 0)
        {
            counts.Remove(key);
        }
        else
        {
            counts[key] = count;
        }
    }

    private static string Describe(PromotionUse use) =>
        $"shopper {use.Customer}, {use.Units} units, {use.Discount} off" + (use.Coupon is { } code ? $", coupon {code}" : string.Empty);
}
