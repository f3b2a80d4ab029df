namespace RetailCrm.Promotions;

using NodaTime;
using RetailCrm.Primitives;

/// <summary>
/// The pure decisions about one order's promotion usage, on what the store loaded: replay, conflict,
/// rejection, or one change set for the whole order. No I/O; the service loads and commits.
/// </summary>
internal static class OrderUsage
{
    /// <summary>The counters recording <paramref name="wanted"/> checks against a limit (the others need not be read).</summary>
    public static IEnumerable<UsageCounter> LimitedCounters(IEnumerable<WantedUse> wanted) =>
        wanted.SelectMany(w => Increments(w.Promotion.Id, w.Use, w.Promotion.Limits, w.Coupon)).Where(i => i.Limit is not null).Select(i => i.Counter);

    /// <summary>The counters pricing checks for <paramref name="promotion"/> and <paramref name="customer"/>: those with a limit.</summary>
    public static IEnumerable<UsageCounter> LimitedCounters(Promotion promotion, CustomerId customer)
    {
        var limits = promotion.Limits;
        if (limits.MaxUses is not null)
        {
            yield return UsageCounter.Uses(promotion.Id);
        }

        if (limits.MaxUsesPerCustomer is not null)
        {
            yield return UsageCounter.CustomerUses(promotion.Id, customer);
        }

        if (limits.Stock is not null)
        {
            yield return UsageCounter.UnitsSold(promotion.Id);
        }

        if (limits.Budget is not null)
        {
            yield return UsageCounter.DiscountGiven(promotion.Id);
        }
    }

    /// <summary>The counters pricing checks for <paramref name="coupon"/> and <paramref name="customer"/>: those with a limit.</summary>
    public static IEnumerable<UsageCounter> LimitedCounters(Coupon coupon, CustomerId customer)
    {
        if (coupon.MaxUses is not null)
        {
            yield return UsageCounter.CouponUses(coupon.Promotion, coupon.Code);
        }

        if (coupon.MaxUsesPerCustomer is not null)
        {
            yield return UsageCounter.CouponCustomerUses(coupon.Promotion, coupon.Code, customer);
        }
    }

    /// <summary>
    /// Decides recording <paramref name="wanted"/> for <paramref name="order"/>: a replay or an
    /// <see cref="OrderRecordConflictException"/> when the order has uses already, a rejection when a
    /// limit is reached on the loaded counters, otherwise the uses and one change that inserts them
    /// all, moves every counter and raises <see cref="PromotionUsed"/> for each.
    /// </summary>
    /// <exception cref="OrderRecordConflictException">The order was recorded with other content.</exception>
    public static RecordDecision Record(OrderId order, CustomerId shopper, IReadOnlyList<WantedUse> wanted, IReadOnlySet<PromotionId> counted, LoadedPromotionUsage loaded, Currency currency, Instant at)
    {
        IReadOnlyList<PromotionUse> uses = [.. wanted.Select(w => w.Use)];
        var earlier = loaded.OrderUses.Where(u => counted.Contains(u.Promotion)).ToDictionary(u => u.Promotion, u => u.Use);
        if (earlier.Count > 0)
        {
            var differences = OrderDifferences.Between(earlier, [.. wanted.Select(w => (w.Promotion.Id, w.Use))], shopper);
            return differences.Count == 0
                ? new RecordDecision(new OrderPromotionsResult(uses, null, null), null)
                : throw new OrderRecordConflictException(order, differences);
        }

        var increments = new List<CounterIncrement>();
        foreach (var w in wanted)
        {
            foreach (var increment in Increments(w.Promotion.Id, w.Use, w.Promotion.Limits, w.Coupon))
            {
                var value = loaded.ValueOf(increment.Counter);
                if (!increment.FitsOn(value))
                {
                    return new RecordDecision(Refused(increment, value, currency), null);
                }

                increments.Add(increment);
            }
        }

        var change = new PromotionUsageChange(
            wanted.Select(w => new OrderUse(w.Promotion.Id, w.Use)),
            [],
            increments,
            wanted.Select(w => new PromotionUsed(w.Promotion.Id, w.Use, at)));
        return new RecordDecision(new OrderPromotionsResult(uses, null, null), change.IsEmpty ? null : change);
    }

    /// <summary>Decides cancelling the order whose uses were loaded: one change that removes them all, gives back every counter and raises <see cref="PromotionReleased"/> for each.</summary>
    public static PromotionUsageChange? Cancel(LoadedPromotionUsage loaded, Instant at)
    {
        var uses = loaded.OrderUses.OrderBy(u => u.Promotion.Value, StringComparer.Ordinal).ToList();
        if (uses.Count == 0)
        {
            return null;
        }

        return new PromotionUsageChange(
            [],
            uses,
            uses.SelectMany(u => Increments(u.Promotion, u.Use, PromotionLimits.None, null).Select(i => new CounterIncrement(i.Counter, -i.Amount))),
            uses.Select(u => new PromotionReleased(u.Promotion, u.Use, at)));
    }

    /// <summary>The result of a refused increment: the promotion, the reason its counter stands for and a message with the counter's value.</summary>
    public static OrderPromotionsResult Refused(CounterIncrement increment, long value, Currency currency)
    {
        var counter = increment.Counter;
        var promotion = counter.Promotion;
        var limit = increment.Limit ?? 0;
        var (reason, message) = counter.Kind switch
        {
            UsageCounterKind.Uses => (UsageRejectionReason.UsageLimitReached, $"The promotion {promotion} has been used {value} times, its limit."),
            UsageCounterKind.CustomerUses => (UsageRejectionReason.CustomerLimitReached, $"The customer has used the promotion {promotion} {limit} times, its limit."),
            UsageCounterKind.UnitsSold => (UsageRejectionReason.StockSoldOut, $"Only {Math.Max(0, limit - value)} of {limit} units are left at the promotional price; the order needs {increment.Amount}."),
            UsageCounterKind.DiscountGiven => (UsageRejectionReason.BudgetExhausted,
                $"The promotion {promotion} has {Money.FromMinorUnits(Math.Max(0, limit - value), currency)} of its budget left; the order needs {Money.FromMinorUnits(increment.Amount, currency)}."),
            UsageCounterKind.CouponUses => (UsageRejectionReason.CouponUsedUp, $"The coupon {counter.Coupon} has been used up."),
            _ => (UsageRejectionReason.CouponCustomerLimitReached, $"The customer has already used the coupon {counter.Coupon}."),
        };
        return new OrderPromotionsResult([], promotion, new Rejection<UsageRejectionReason>(reason, message));
    }

    // Every counter a use moves, in the order limits are checked: uses, the customer's uses, units,
    // budget, then the coupon's uses and the customer's uses of the coupon. Zero amounts move nothing.
    private static IEnumerable<CounterIncrement> Increments(PromotionId promotion, PromotionUse use, PromotionLimits limits, Coupon? coupon)
    {
        yield return new CounterIncrement(UsageCounter.Uses(promotion), 1, limits.MaxUses);
        yield return new CounterIncrement(UsageCounter.CustomerUses(promotion, use.Customer), 1, limits.MaxUsesPerCustomer);
        if (use.Units > 0)
        {
            yield return new CounterIncrement(UsageCounter.UnitsSold(promotion), use.Units, limits.Stock);
        }

        var discount = use.Discount.ToMinorUnits();
        if (discount > 0)
        {
            yield return new CounterIncrement(UsageCounter.DiscountGiven(promotion), discount, limits.Budget?.ToMinorUnits());
        }

        if (use.Coupon is { } code)
        {
            yield return new CounterIncrement(UsageCounter.CouponUses(promotion, code), 1, coupon?.MaxUses);
            yield return new CounterIncrement(UsageCounter.CouponCustomerUses(promotion, code, use.Customer), 1, coupon?.MaxUsesPerCustomer);
        }
    }
}

