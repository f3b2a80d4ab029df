namespace RetailCrm.Benchmarks.Pricing;

/// <content>The 50 rules of one block, their parameters shifted by the block.</content>
public sealed partial class PricingWorkload
{
    private void AddBlock(List<PricingRule> rules, int b)
    {
        var shift = b * 1_000L; // CNY 10 per block on thresholds
        string P(string name) => $"b{b:D2}-{name}";
        int[] minQuantities = [2, 3, 2, 4];
        for (var c = 0; c < 4; c++)
        {
            rules.Add(new(P($"cat-{c}"), PricingRuleKind.CategoryPercent, 300) { Categories = [CategoryOf(b, c)], Percent = 10 + (5 * c), MinQuantity = minQuantities[c] });
        }

        for (var s = 0; s < SkusPerCategory; s++)
        {
            var first = 2 + (s % 3);
            rules.Add(new(P($"tiers-{s}"), PricingRuleKind.SkuTiers, 300) { Skus = [SkuOf(b, 4, s)], QuantityTiers = [(first, 5m), (first + 2, 10m), (first + 4, 15m)] });
        }

        rules.Add(new(P("b2g1-5"), PricingRuleKind.BuyTwoGetOne, 300) { Categories = [CategoryOf(b, 5)] });
        rules.Add(new(P("b2g1-6"), PricingRuleKind.BuyTwoGetOne, 300) { Categories = [CategoryOf(b, 6)] });
        for (var s = 0; s < SkusPerCategory; s += 2)
        {
            string[] pair = [SkuOf(b, 7, s), SkuOf(b, 7, s + 1)];
            var price = (UnitPrices[pair[0]] + UnitPrices[pair[1]]) * 85 / 100 / 100 * 100; // 85%, whole yuan
            rules.Add(new(P($"bundle-{s / 2}"), PricingRuleKind.Bundle, 300) { Skus = pair, Amount = price });
        }

        rules.Add(new(P("off-8"), PricingRuleKind.AmountOffCategory, 300) { Categories = [CategoryOf(b, 8)], Amount = 300 });
        rules.Add(new(P("off-9"), PricingRuleKind.AmountOffCategory, 300) { Categories = [CategoryOf(b, 9)], Amount = 800 });
        var codes = CouponCodes(b);
        rules.Add(new(P("coupon-item-a"), PricingRuleKind.ItemCoupon, 300) { Categories = [CategoryOf(b, 10)], Percent = 12, Coupon = codes[0] });
        rules.Add(new(P("coupon-item-b"), PricingRuleKind.ItemCoupon, 300) { Categories = [CategoryOf(b, 11)], Percent = 18, Coupon = codes[1] });
        string[] blockCategories = [.. Enumerable.Range(0, CategoriesPerBlock).Select(c => CategoryOf(b, c))];
        decimal[] memberPercents = [10, 6, 3];
        for (var t = 0; t < MemberTiers.Length; t++)
        {
            rules.Add(new(P($"member-{MemberTiers[t]}"), PricingRuleKind.MemberPercent, 200) { Categories = blockCategories, Tier = MemberTiers[t], Percent = memberPercents[t] });
        }

        (long Threshold, long Off)[] couponTiers = [(9_900, 1_000), (19_900, 3_000), (39_900, 7_000)];
        for (var k = 0; k < couponTiers.Length; k++)
        {
            rules.Add(new(P($"coupon-order-{k}"), PricingRuleKind.OrderCoupon, 150) { SpendTiers = [couponTiers[k]], Coupon = codes[2 + k] });
        }

        for (var c = 0; c < CategoriesPerBlock; c++)
        {
            rules.Add(new(P($"spend-cat-{c:D2}"), PricingRuleKind.SpendThreshold, 120)
            {
                Categories = [CategoryOf(b, c)],
                SpendTiers = [(29_900 + shift, 2_000 + (c * 100)), (59_900 + shift, 5_000 + (c * 100))],
            });
        }

        for (var k = 0; k < 6; k++)
        {
            var step = (k + 2) * 10_000L;
            rules.Add(new(P($"spend-{k}"), PricingRuleKind.SpendThreshold, 100)
            {
                SpendTiers = [(step + shift, step / 10), ((2 * step) + shift, step / 4), ((4 * step) + shift, step * 3 / 5), ((8 * step) + shift, step * 3 / 2)],
            });
        }

        long[] shipping = [5_900, 7_900, 9_900, 14_900];
        for (var k = 0; k < shipping.Length; k++)
        {
            rules.Add(new(P($"ship-{k}"), PricingRuleKind.FreeShipping, 50) { Amount = shipping[k] + shift });
        }
    }
}
