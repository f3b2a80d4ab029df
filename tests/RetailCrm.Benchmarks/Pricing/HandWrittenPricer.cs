namespace RetailCrm.Benchmarks.Pricing;

using RetailCrm.Promotions;

/// <summary>
/// The practical floor most teams would write: a plain loop over the rules in order and, for each,
/// over the cart's lines, with the largest remainder method for the penny split of order discounts.
/// Reproduces the semantics described on <see cref="PricingWorkload"/>; no index, no explanations.
/// </summary>
/// <param name="rules">The rules in evaluation order.</param>
public sealed class HandWrittenPricer(IReadOnlyList<PricingRule> rules)
{
    private readonly PricingRule[] rules = [.. rules];
    private readonly string?[] couponKeys = [.. rules.Select(r => r.Coupon is null ? null : new CouponCode(r.Coupon).Key)];

    /// <summary>Prices a cart.</summary>
    /// <param name="cart">The cart.</param>
    /// <param name="shopper">Who is buying.</param>
    /// <returns>The amounts.</returns>
    public PricingResult Price(Cart cart, Shopper shopper)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(shopper);
        var state = new CartState(cart);
        var code = cart.Coupons.Count > 0 ? cart.Coupons[0].Key : null;
        var tier = shopper.Tier?.Value;
        var orderApplied = false;
        var shippingWaived = false;
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            if (couponKeys[r] is { } key && !string.Equals(key, code, StringComparison.Ordinal))
            {
                continue;
            }

            switch (rule.Kind)
            {
                case PricingRuleKind.MemberPercent when !string.Equals(rule.Tier, tier, StringComparison.Ordinal):
                case PricingRuleKind.OrderCoupon or PricingRuleKind.SpendThreshold when orderApplied:
                case PricingRuleKind.FreeShipping when shippingWaived:
                    continue;
            }

            state.Select(rule);
            if (state.EligibleCount == 0)
            {
                continue;
            }

            switch (rule.Kind)
            {
                case PricingRuleKind.CategoryPercent when state.EligibleQuantity >= rule.MinQuantity:
                case PricingRuleKind.ItemCoupon or PricingRuleKind.MemberPercent:
                    state.Percent(rule.Percent);
                    break;
                case PricingRuleKind.SkuTiers:
                    var percent = 0m;
                    foreach (var (minUnits, off) in rule.QuantityTiers)
                    {
                        percent = state.EligibleQuantity >= minUnits ? off : percent;
                    }

                    state.Percent(percent);
                    break;
                case PricingRuleKind.BuyTwoGetOne:
                    state.FreeCheapest(state.EligibleQuantity / 3);
                    break;
                case PricingRuleKind.Bundle:
                    state.Bundle(rule.Skus, rule.Amount);
                    break;
                case PricingRuleKind.AmountOffCategory:
                    state.AmountOffEach(rule.Amount);
                    break;
                case PricingRuleKind.OrderCoupon or PricingRuleKind.SpendThreshold:
                    var discount = 0L;
                    foreach (var (threshold, off) in rule.SpendTiers)
                    {
                        discount = state.EligibleValue >= threshold ? off : discount;
                    }

                    if (discount > 0)
                    {
                        state.OrderOff(discount);
                        orderApplied = true;
                    }

                    break;
                case PricingRuleKind.FreeShipping when state.EligibleValue >= rule.Amount && state.Shipping > 0:
                    state.WaiveShipping();
                    shippingWaived = true;
                    break;
            }
        }

        return state.Result();
    }
}
